// "1 redemption", "2 redemptions", "12,345 redemptions".
export function countText(count: number, one: string, many: string): string {
  return `${count.toLocaleString()} ${count === 1 ? one : many}`;
}
