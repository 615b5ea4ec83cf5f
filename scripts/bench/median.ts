/** The median of a list of figures (the upper one of the middle two when the count is even). */
export const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
