/**
 * Turns schema issues into sentences an author can act on, in French and Dutch.
 * The hints say what a field expects, by field name.
 */
import type { z } from 'astro/zod';
import type { Bilingual } from '../../sites/types.ts';
import { isCalendarDay } from '../contract.ts';
import { closest } from './problems.ts';

const dateHint: Bilingual = { fr: 'une date au format 2025-03-10 (année-mois-jour)', nl: 'een datum in de vorm 2025-03-10 (jaar-maand-dag)' };
const intHint: Bilingual = { fr: 'un nombre entier, sans guillemets (par ex. 3)', nl: 'een geheel getal, zonder aanhalingstekens (bv. 3)' };
const urlHint: Bilingual = { fr: 'une adresse web complète commençant par https://', nl: 'een volledig webadres dat begint met https://' };
const textHint: Bilingual = { fr: 'un texte non vide', nl: 'een niet-lege tekst' };
const dateTimeHint: Bilingual = {
  fr: 'une date et une heure de Bruxelles au format 2025-03-01 09:00',
  nl: 'een datum en uur (Brusselse tijd) in de vorm 2025-03-01 09:00',
};

export const fieldHints: Record<string, Bilingual> = {
  title: textHint,
  summary: textHint,
  name: textHint,
  offer: textHint,
  alt: { fr: "un texte qui décrit l'image", nl: 'een tekst die de afbeelding beschrijft' },
  key: {
    fr: 'une clé faite de minuscules sans accents, de chiffres et de tirets (par ex. mental-health)',
    nl: 'een sleutel van kleine letters zonder accenten, cijfers en koppeltekens (bv. mental-health)',
  },
  slug: {
    fr: 'des minuscules sans accents, des chiffres et des tirets (par ex. sante-mentale)',
    nl: 'kleine letters zonder accenten, cijfers en koppeltekens (bv. geestelijke-gezondheid)',
  },
  month: { fr: 'un mois au format 2025-03 (année-mois)', nl: 'een maand in de vorm 2025-03 (jaar-maand)' },
  updated: dateHint,
  date: dateHint,
  servicesReviewed: dateHint,
  translationChecked: dateHint,
  publishAt: dateTimeHint,
  unpublishAt: dateTimeHint,
  edition: { fr: 'une année à quatre chiffres (par ex. 2025)', nl: 'een jaartal met vier cijfers (bv. 2025)' },
  year: { fr: 'une année à quatre chiffres (par ex. 2025)', nl: 'een jaartal met vier cijfers (bv. 2025)' },
  meeting: intHint,
  topic: {
    fr: 'le thème de la concertation, comme le dossier : mental-health, prevention, hospital-ambulatory ou crisis',
    nl: 'het thema van het overleg, zoals de map: mental-health, prevention, hospital-ambulatory of crisis',
  },
  prevention: {
    fr: 'le dossier du thème de prévention, par ex. 2025-03-colorectal-cancer',
    nl: 'de map van het preventiethema, bv. 2025-03-colorectal-cancer',
  },
  issue: {
    fr: 'le numéro à deux chiffres, comme le dossier (par ex. "01")',
    nl: 'het nummer met twee cijfers, zoals de map (bv. "01")',
  },
  article: {
    fr: "le nom du dossier de l'article dans son numéro : minuscules, chiffres et tirets (par ex. territorialisation)",
    nl: 'de naam van de map van het artikel in zijn nummer: kleine letters, cijfers en koppeltekens (bv. territorialisation)',
  },
  participants: intHint,
  registrations: intHint,
  number: intHint,
  order: intHint,
  video: urlHint,
  website: urlHint,
  url: urlHint,
  draft: { fr: 'true ou false', nl: 'true of false' },
  theme: { fr: 'une clé de thème de content/themes.yml (par ex. mental-health)', nl: 'een themasleutel uit content/themes.yml (bv. mental-health)' },
  related: {
    fr: 'une liste de thèmes de prévention ou d’articles Zinneke, par ex. prevention:2025-07-hydration ou zinneke:01/territorialisation',
    nl: 'een lijst van preventiethema’s of Zinneke-artikels, bv. prevention:2025-07-hydration of zinneke:01/territorialisation',
  },
  cover: {
    fr: "une image avec `src` (le fichier) et `alt` (ce que montre l'image), ou `decorative: true`",
    nl: 'een afbeelding met `src` (het bestand) en `alt` (wat de afbeelding toont), of `decorative: true`',
  },
};

function hint(field: string): Bilingual {
  return fieldHints[field] ?? { fr: 'une valeur valide', nl: 'een geldige waarde' };
}

export interface FieldMessage {
  field: string;
  message: Bilingual;
  fix: Bilingual;
}

/**
 * A value that does not fit its field. `shown` is the value as written; the web editor, which
 * shows the message beside the value, leaves it out.
 */
export function invalidValue(field: string, shown?: string): FieldMessage {
  const last = field.split(/[.[\]]/).filter((part) => part && !/^\d+$/.test(part)).at(-1) ?? field;
  return {
    field,
    message: {
      fr: `Valeur incorrecte pour « ${field} »${shown === undefined ? '' : ` : ${shown}`}.`,
      nl: `Ongeldige waarde voor "${field}"${shown === undefined ? '' : `: ${shown}`}.`,
    },
    fix: { fr: `Il faut ${hint(last).fr}.`, nl: `Verwacht: ${hint(last).nl}.` },
  };
}

/** A value outside a fixed list; `shown` as for invalidValue. */
export function unknownValue(field: string, values: readonly string[], shown?: string): FieldMessage {
  return {
    field,
    message: {
      fr: `Valeur inconnue${shown === undefined ? '' : ` ${shown}`} pour « ${field} ».`,
      nl: `Onbekende waarde${shown === undefined ? '' : ` ${shown}`} voor "${field}".`,
    },
    fix: { fr: `Choisissez parmi : ${values.join(', ')}.`, nl: `Kies uit: ${values.join(', ')}.` },
  };
}

/** A text over its maximum length; `length` as written, left out by the web editor. */
export function textTooLong(field: string, maximum: number, length?: number): FieldMessage {
  return {
    field,
    message: {
      fr: `« ${field} » est trop long${length === undefined ? '' : ` : ${length} caractères`} pour ${maximum} au maximum.`,
      nl: `"${field}" is te lang${length === undefined ? '' : `: ${length} tekens`}, hoogstens ${maximum}.`,
    },
    fix: { fr: 'Raccourcissez ce texte.', nl: 'Maak deze tekst korter.' },
  };
}

const fieldPath = (path: ReadonlyArray<PropertyKey>) =>
  path.map((p) => (typeof p === 'number' ? `[${p + 1}]` : String(p))).join('.').replace(/\.\[/g, '[');

/** The keys an object schema allows at a path, for "did you mean". */
function allowedKeys(schema: z.ZodType, path: ReadonlyArray<PropertyKey>): string[] {
  let current: unknown = schema;
  for (const step of path) {
    const def = (current as { def?: { type?: string; shape?: Record<string, unknown>; element?: unknown; innerType?: unknown; options?: unknown[] } }).def;
    if (!def) return [];
    if (def.type === 'optional' || def.type === 'nullable' || def.type === 'default') current = def.innerType;
    if (typeof step === 'number') current = (current as { def: { element: unknown } }).def.element;
    else current = (current as { def: { shape?: Record<string, unknown> } }).def.shape?.[String(step)];
  }
  const def = (current as { def?: { type?: string; innerType?: unknown; shape?: Record<string, unknown>; options?: Array<{ def?: { shape?: Record<string, unknown> } }> } }).def;
  const inner = def?.type === 'optional' ? (def.innerType as { def?: typeof def }).def : def;
  if (inner?.shape) return Object.keys(inner.shape);
  if (inner?.options) return [...new Set(inner.options.flatMap((o) => Object.keys(o.def?.shape ?? {})))];
  return [];
}

/** A date that is not on the calendar: 30 February, month 13, 25:00. Never moved to another day. */
export function impossibleDate(field: string, shown?: string): FieldMessage {
  return {
    field,
    message: {
      fr: `La date${shown === undefined ? '' : ` ${shown}`} de « ${field} » n'existe pas dans le calendrier.`,
      nl: `De datum${shown === undefined ? '' : ` ${shown}`} van "${field}" bestaat niet in de kalender.`,
    },
    fix: {
      fr: "Vérifiez le jour, le mois et l'heure (année-mois-jour, par ex. 2025-02-28 ; heures de 00:00 à 23:59). Une date impossible n'est jamais reportée à un autre jour.",
      nl: 'Controleer de dag, de maand en het uur (jaar-maand-dag, bv. 2025-02-28; uren van 00:00 tot 23:59). Een onmogelijke datum wordt nooit naar een andere dag verschoven.',
    },
  };
}

export function describeIssue(issue: z.core.$ZodIssue, schema: z.ZodType, data: unknown): FieldMessage[] {
  const path = issue.path;
  const field = fieldPath(path);
  const last = String([...path].reverse().find((p) => typeof p === 'string') ?? field);
  const value = path.reduce<unknown>((v, k) => (v && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[k] : undefined), data);
  const shown = value instanceof Date ? value.toISOString().slice(0, 10) : JSON.stringify(value);

  const hinted = fieldHints[last];
  // Written in the right form, yet refused: the day (or the time) is not on the calendar.
  const written = typeof value === 'string' ? /^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{2}):(\d{2})(?::\d{2})?)?$/.exec(value.trim()) : null;
  if (written && (hinted === dateHint || hinted === dateTimeHint) && (hinted === dateTimeHint || !written[4])) {
    const [y, m, d, hh = 0, mm = 0] = written.slice(1).map((n) => Number(n ?? 0));
    if (!isCalendarDay(y!, m!, d!) || hh > 23 || mm > 59) return [impossibleDate(field, written[0])];
  }
  switch (issue.code) {
    case 'unrecognized_keys':
      return issue.keys.map((key) => {
        const allowed = allowedKeys(schema, path);
        const guess = closest(key, allowed);
        const where = path.length ? `${field}.${key}` : key;
        return {
          field: where,
          message: {
            fr: `Champ inconnu « ${key} ».${guess ? ` Vouliez-vous dire « ${guess} » ?` : ''}`,
            nl: `Onbekend veld "${key}".${guess ? ` Bedoelde u "${guess}"?` : ''}`,
          },
          fix: {
            fr: `${guess ? `Écrivez « ${guess} » à la place` : 'Supprimez cette ligne ou corrigez son nom'}. Champs permis ici : ${allowed.join(', ')}.`,
            nl: `${guess ? `Schrijf "${guess}" in de plaats` : 'Verwijder deze regel of verbeter de naam'}. Toegelaten velden hier: ${allowed.join(', ')}.`,
          },
        };
      });
    case 'invalid_type':
      if (value === undefined) {
        return [
          {
            field,
            message: { fr: `Le champ obligatoire « ${field} » manque.`, nl: `Het verplichte veld "${field}" ontbreekt.` },
            fix: {
              fr: `Ajoutez une ligne « ${last}: … » dans l'en-tête, avec ${hint(last).fr}.`,
              nl: `Voeg een regel "${last}: …" toe aan de kop, met ${hint(last).nl}.`,
            },
          },
        ];
      }
      break;
    case 'invalid_value':
      return [unknownValue(field, issue.values.map(String), shown)];
    case 'too_big':
      if (typeof value === 'string') return [textTooLong(field, Number(issue.maximum), value.length)];
      break;
    case 'invalid_union':
      if (typeof value === 'string' && last === 'cover') {
        return [
          {
            field,
            message: {
              fr: `L'image « ${field} » est donnée comme un simple chemin : il lui faut aussi son texte alternatif.`,
              nl: `De afbeelding "${field}" staat er als een gewoon pad: ze heeft ook een alternatieve tekst nodig.`,
            },
            fix: {
              fr: `Écrivez-la sur trois lignes : « ${last}: », puis en retrait « src: ${value} » et « alt: » suivi de ce que montre l'image (ou « decorative: true »).`,
              nl: `Schrijf ze op drie regels: "${last}:", dan ingesprongen "src: ${value}" en "alt:" gevolgd door wat de afbeelding toont (of "decorative: true").`,
            },
          },
        ];
      }
      if (last === 'cover' || (value && typeof value === 'object' && 'src' in value && !('alt' in value))) {
        return [
          {
            field,
            message: {
              fr: `L'image « ${field} » n'a pas de texte alternatif (alt).`,
              nl: `De afbeelding "${field}" heeft geen alternatieve tekst (alt).`,
            },
            fix: {
              fr: "Ajoutez « alt: » avec ce que montre l'image, ou « decorative: true » si elle est purement décorative.",
              nl: 'Voeg "alt:" toe met wat de afbeelding toont, of "decorative: true" als ze louter decoratief is.',
            },
          },
        ];
      }
      break;
  }
  return [invalidValue(field, shown)];
}
