// Primary navigation: a list of buttons, reachable with Tab and operable with Enter/Space;
// the current screen is marked with aria-current for screen readers and styling alike.
import { screenIds, screenTitles, useNavigation } from '../store/navigation-store';

export function NavBar() {
  const { screen, go } = useNavigation();
  return (
    <nav className="nav" aria-label="Main">
      <ul>
        {screenIds.map((id) => (
          <li key={id}>
            <button
              type="button"
              className="nav__item"
              aria-current={screen === id ? 'page' : undefined}
              onClick={() => go(id)}
            >
              {screenTitles[id]}
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}
