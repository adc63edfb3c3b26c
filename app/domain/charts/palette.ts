// Chart colours. Each passes 3:1 contrast against white (WCAG 1.4.11, graphical objects), and
// neighbours differ in lightness so that a greyscale print still tells them apart; patterns
// (drawn by the browser component) and direct labels carry the meaning, not colour alone.

// Order alternates dark and light (grey levels 69, 118, 42, 99, 50, 105, 82), so neighbouring
// stacks stay apart in greyscale; white can reach only so far at 3:1, hence the patterns.
export const PALETTE = ["#1f4e79", "#d45d00", "#0b3d1a", "#2e8540", "#4a148c", "#8a6d00", "#c2185b"] as const;

/** Fill patterns, one per dataset index, repeating after the last. */
export const PATTERNS = ["solid", "diagonal", "dots", "cross", "vertical", "horizontal", "zigzag"] as const;
export type PatternName = (typeof PATTERNS)[number];

export const colourAt = (i: number): string => PALETTE[i % PALETTE.length] as string;
export const patternAt = (i: number): PatternName => PATTERNS[i % PATTERNS.length] as PatternName;

/** Relative luminance of a #rrggbb colour (WCAG 2.x definition). */
export function luminance(hex: string): number {
  const channel = (i: number) => {
    const c = parseInt(hex.slice(1 + 2 * i, 3 + 2 * i), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(0) + 0.7152 * channel(1) + 0.0722 * channel(2);
}

export function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** Lightness of a colour as printed in greyscale (0 black … 255 white), Rec. 601 weights. */
export function greyLevel(hex: string): number {
  const [r, g, b] = [0, 1, 2].map((i) => parseInt(hex.slice(1 + 2 * i, 3 + 2 * i), 16)) as [number, number, number];
  return Math.round(0.299 * r + 0.587 * g + 0.114 * b);
}
