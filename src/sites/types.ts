/** The two official languages of the Brussels-Capital Region; neither is secondary. */
export const languages = ['fr', 'nl'] as const;
export type Language = (typeof languages)[number];

/** A text given in both languages. */
export type Bilingual = Record<Language, string>;

/** Where one language of a site is published: a host, and the path prefix under it. */
export interface Edition {
  host: string;
  /** '/' for a host that carries one language; '/nl/' for the Dutch half of the regional host. */
  basePath: string;
}

export interface Branding {
  /** Main colour: header background, links and buttons (white text sits on it). */
  primary: string;
  /** Darker shade for hover and focus states. */
  primaryDark: string;
  /** Light tint used for panels and highlighted rows (dark text sits on it). */
  tint: string;
}

export interface Site {
  /** Neutral id used in content folders, e.g. `content/consultations/<id>/`. */
  id: string;
  kind: 'region' | 'zone';
  name: Bilingual;
  editions: Record<Language, Edition>;
  branding: Branding;
  /** SVG file in `src/sites/logos/` (or an absolute path for fixture registries). */
  logo: string;
  helpdesk: { phone: string };
  antenna: { street?: Bilingual | undefined; postcode: string; municipality: Bilingual };
  /** Name of the zone's yearly week of open doors, where it has one. */
  openDays?: Bilingual | undefined;
}
