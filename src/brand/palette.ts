/**
 * The campaign palette, light and dark. src/styles/tokens.css declares the same values as CSS variables (a test
 * keeps them equal and checks AA contrast); the kit, share images and widgets read them from here.
 */
export const PALETTE = {
  light: {
    bg: '#fbfaf7', surface: '#ffffff', 'surface-2': '#f0eee8', text: '#1d2421', muted: '#4f5a55', line: '#d6d3ca',
    brand: '#0b6e4f', 'brand-text': '#ffffff', link: '#075c42', accent: '#a33d12',
    'warn-bg': '#fff1c7', 'warn-text': '#5c4200', 'ok-bg': '#dff3e8', 'ok-text': '#0a4d37', 'no-bg': '#f7e1dc', 'no-text': '#7a2710',
    focus: '#1f5fd1',
  },
  dark: {
    bg: '#121614', surface: '#1a1f1c', 'surface-2': '#232a26', text: '#e8ece9', muted: '#b3bdb7', line: '#3a443f',
    brand: '#5fd3a6', 'brand-text': '#0b1a14', link: '#7fe0b9', accent: '#ffab85',
    'warn-bg': '#3d3000', 'warn-text': '#ffe08a', 'ok-bg': '#163828', 'ok-text': '#aef0cf', 'no-bg': '#42201a', 'no-text': '#ffc2b0',
    focus: '#8ab4ff',
  },
} as const;

export type ColourName = keyof (typeof PALETTE)['light'];

/** Text/background pairs the site uses; each must reach WCAG AA (4.5:1) in both themes. */
export const TEXT_PAIRS: [ColourName, ColourName][] = [
  ['text', 'bg'], ['text', 'surface'], ['text', 'surface-2'], ['muted', 'bg'], ['muted', 'surface'], ['link', 'bg'],
  ['link', 'surface'], ['brand-text', 'brand'], ['warn-text', 'warn-bg'], ['ok-text', 'ok-bg'], ['no-text', 'no-bg'],
  ['accent', 'bg'],
];

/** WCAG 2 contrast ratio of two #rrggbb colours. */
export function contrast(a: string, b: string): number {
  const lum = (hex: string) => {
    const [r, g, bl] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * bl!;
  };
  const [x, y] = [lum(a), lum(b)].sort((m, n) => n - m) as [number, number];
  return (x + 0.05) / (y + 0.05);
}
