/**
 * The web editor's words, in French and Dutch: collection and field labels. The editor shows one
 * string per label, so both languages are shown together ("Titre / Titel"), as `npm run check`
 * prints both. What a field expects and what is wrong with a value come from the checker's own
 * messages (src/content/check), not from here.
 */
import type { CollectionName } from '../content/contract.ts';
import { ui } from '../i18n/index.ts';
import type { Bilingual, Language } from '../sites/types.ts';

export const collectionLabels: Record<CollectionName | 'themes', Bilingual> = {
  focus: { fr: 'Focus', nl: 'Focus' },
  prevention: { fr: 'Prévention — thèmes du mois', nl: 'Preventie — thema’s van de maand' },
  initiatives: { fr: 'Initiatives locales', nl: 'Lokale initiatieven' },
  consultations: { fr: 'Concertations thématiques', nl: 'Thematisch overleg' },
  zinnekeIssues: { fr: 'Zinneke — numéros', nl: 'Zinneke — nummers' },
  zinnekeArticles: { fr: 'Zinneke — articles', nl: 'Zinneke — artikels' },
  pages: { fr: 'Pages', nl: 'Pagina’s' },
  themes: { fr: 'Thèmes', nl: 'Thema’s' },
};

/** The settings collection, which holds the theme list. */
export const settingsLabel: Bilingual = { fr: 'Réglages', nl: 'Instellingen' };

/** Pages in `content/pages/all/`. */
export const allSitesLabel: Bilingual = { fr: 'Tous les sites', nl: 'Alle sites' };

/** The one choice of a field that is only written when true (`draft: true`). */
export const yesLabel: Bilingual = { fr: 'oui', nl: 'ja' };

/** The entry text, below the frontmatter. */
export const bodyLabel: Bilingual = { fr: 'Texte', nl: 'Tekst' };

/** Field labels by field name (a name means the same in every collection). */
export const fieldLabels: Record<string, Bilingual> = {
  title: { fr: 'Titre', nl: 'Titel' },
  summary: { fr: 'Résumé', nl: 'Samenvatting' },
  slug: { fr: 'Adresse de la page (slug)', nl: 'Adres van de pagina (slug)' },
  updated: { fr: 'Mis à jour le', nl: 'Bijgewerkt op' },
  draft: { fr: 'Brouillon (pas publié)', nl: 'Concept (niet gepubliceerd)' },
  publishAt: { fr: 'Publier le (heure de Bruxelles)', nl: 'Publiceren op (Brusselse tijd)' },
  unpublishAt: { fr: 'Dépublier le (heure de Bruxelles)', nl: 'Depubliceren op (Brusselse tijd)' },
  theme: { fr: 'Thème', nl: 'Thema' },
  edition: { fr: 'Édition (année)', nl: 'Editie (jaar)' },
  cover: { fr: 'Image de couverture', nl: 'Omslagafbeelding' },
  src: { fr: 'Fichier image', nl: 'Afbeeldingsbestand' },
  alt: { fr: 'Ce que montre l’image', nl: 'Wat de afbeelding toont' },
  decorative: { fr: 'Image purement décorative', nl: 'Louter decoratieve afbeelding' },
  pdf: { fr: 'Brochure PDF', nl: 'Brochure (pdf)' },
  webinar: { fr: 'Focus Live (webinaire)', nl: 'Focus Live (webinar)' },
  date: { fr: 'Date', nl: 'Datum' },
  registrations: { fr: 'Inscriptions', nl: 'Inschrijvingen' },
  video: { fr: 'Enregistrement vidéo (adresse)', nl: 'Video-opname (adres)' },
  services: { fr: 'Répertoire des services', nl: 'Repertorium van diensten' },
  name: { fr: 'Nom', nl: 'Naam' },
  offer: { fr: 'Offre', nl: 'Aanbod' },
  audience: { fr: 'Public', nl: 'Doelgroep' },
  contact: { fr: 'Contact', nl: 'Contact' },
  address: { fr: 'Adresse', nl: 'Adres' },
  website: { fr: 'Site web', nl: 'Website' },
  servicesReviewed: { fr: 'Répertoire vérifié le', nl: 'Repertorium nagekeken op' },
  related: { fr: 'Liés (thèmes de prévention, articles Zinneke)', nl: 'Verwant (preventiethema’s, Zinneke-artikels)' },
  month: { fr: 'Mois', nl: 'Maand' },
  prevention: { fr: 'Thème du mois', nl: 'Thema van de maand' },
  initiatives: { fr: 'Initiatives', nl: 'Initiatieven' },
  place: { fr: 'Lieu', nl: 'Plaats' },
  organiser: { fr: 'Organisateur', nl: 'Organisator' },
  url: { fr: 'Lien', nl: 'Link' },
  topic: { fr: 'Thème de la concertation', nl: 'Thema van het overleg' },
  year: { fr: 'Année', nl: 'Jaar' },
  meeting: { fr: 'N° de la rencontre dans l’année', nl: 'Nr. van de bijeenkomst in het jaar' },
  participants: { fr: 'Participants', nl: 'Deelnemers' },
  number: { fr: 'Numéro', nl: 'Nummer' },
  season: { fr: 'Saison', nl: 'Seizoen' },
  issue: { fr: 'Numéro de Zinneke', nl: 'Zinneke-nummer' },
  article: { fr: 'Dossier de l’article', nl: 'Map van het artikel' },
  rubric: { fr: 'Rubrique', nl: 'Rubriek' },
  order: { fr: 'Position dans la rubrique', nl: 'Plaats in de rubriek' },
  key: { fr: 'Clé', nl: 'Sleutel' },
  fr: { fr: 'Libellé en français', nl: 'Label in het Frans' },
  nl: { fr: 'Libellé en néerlandais', nl: 'Label in het Nederlands' },
};

/** Labels of a fixed list's values, from the sites' own dictionaries (what readers see). */
export const optionLabels: Record<string, (lang: Language) => Record<string, string>> = {
  topic: (lang) => ui(lang).consultationThemes,
  rubric: (lang) => ui(lang).rubrics,
  season: (lang) => ui(lang).seasons,
};
