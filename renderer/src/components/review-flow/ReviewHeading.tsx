// A review step's title. Focus moves to it when the review opens, not to the page body, so a
// keyboard or screen-reader user starts reading the instruction from the top. Its id is what
// each review section is labelled by.
import { useEffect, useRef, type ReactNode } from 'react';

export function ReviewHeading({ children }: { children: ReactNode }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <h2 id="review-title" tabIndex={-1} ref={heading}>
      {children}
    </h2>
  );
}
