// Facts about the USD wire at the end of every redemption, shared by the renderer's checks and
// main's, so a request the renderer lets through is judged by the same rule in main.

/** A wire moves whole cents. Stablecoins redeem 1:1, so less than this in coin would wire $0.00. */
export const MIN_WIRE_USD = '0.01';
