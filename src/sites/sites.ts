import type { Site } from './types.ts';

/**
 * The six sites of Brusano's network. Everything else (routes, hosts, language
 * switcher, sitemaps, search indexes, deploy files, tests) derives from this list:
 * adding a zone is one entry here plus its logo in `src/sites/logos/`.
 *
 * The helpdesk number is Brusano's general line, which answers for every zone.
 * Antenna addresses give the municipality only until the team confirms street addresses.
 */
export const defaultSites: Site[] = [
  {
    id: 'region',
    kind: 'region',
    name: { fr: 'Brusano', nl: 'Brusano' },
    editions: {
      fr: { host: 'brusano.brussels', basePath: '/' },
      nl: { host: 'brusano.brussels', basePath: '/nl/' },
    },
    branding: { primary: '#1d4f91', primaryDark: '#143a6b', tint: '#e8eff8' },
    logo: 'region.svg',
    helpdesk: { phone: '+32 2 880 29 87' },
    antenna: {
      street: { fr: 'Rue Breydel', nl: 'Breydelstraat' },
      postcode: '1040',
      municipality: { fr: 'Etterbeek', nl: 'Etterbeek' },
    },
  },
  {
    id: 'north',
    kind: 'zone',
    name: { fr: 'Bassin Nord', nl: 'Zorgzone Noord' },
    editions: {
      fr: { host: 'bassin-nord.brussels', basePath: '/' },
      nl: { host: 'zorgzone-noord.brussels', basePath: '/' },
    },
    branding: { primary: '#0b6e4f', primaryDark: '#075238', tint: '#e6f3ee' },
    logo: 'north.svg',
    helpdesk: { phone: '+32 2 880 29 87' },
    antenna: { postcode: '1030', municipality: { fr: 'Schaerbeek', nl: 'Schaarbeek' } },
    openDays: { fr: 'Babbel Noord', nl: 'Babbel Noord' },
  },
  {
    id: 'north-east',
    kind: 'zone',
    name: { fr: 'Bassin Nord-Est', nl: 'Zorgzone Noord-Oost' },
    editions: {
      fr: { host: 'bassin-nord-est.brussels', basePath: '/' },
      nl: { host: 'zorgzone-noord-oost.brussels', basePath: '/' },
    },
    branding: { primary: '#7a2a6e', primaryDark: '#5c1f53', tint: '#f5eaf3' },
    logo: 'north-east.svg',
    helpdesk: { phone: '+32 2 880 29 87' },
    antenna: { postcode: '1140', municipality: { fr: 'Evere', nl: 'Evere' } },
    openDays: { fr: 'Backstage', nl: 'Backstage' },
  },
  {
    id: 'south',
    kind: 'zone',
    name: { fr: 'Bassin Sud', nl: 'Zorgzone Zuid' },
    editions: {
      fr: { host: 'bassin-sud.brussels', basePath: '/' },
      nl: { host: 'zorgzone-zuid.brussels', basePath: '/' },
    },
    branding: { primary: '#a63a17', primaryDark: '#7d2b10', tint: '#fbeee8' },
    logo: 'south.svg',
    helpdesk: { phone: '+32 2 880 29 87' },
    antenna: { postcode: '1060', municipality: { fr: 'Saint-Gilles', nl: 'Sint-Gillis' } },
    openDays: { fr: "Melting Papot'", nl: "Melting Papot'" },
  },
  {
    id: 'south-east',
    kind: 'zone',
    name: { fr: 'Bassin Sud-Est', nl: 'Zorgzone Zuid-Oost' },
    editions: {
      fr: { host: 'bassin-sud-est.brussels', basePath: '/' },
      nl: { host: 'zorgzone-zuid-oost.brussels', basePath: '/' },
    },
    branding: { primary: '#00667d', primaryDark: '#004c5d', tint: '#e5f2f5' },
    logo: 'south-east.svg',
    helpdesk: { phone: '+32 2 880 29 87' },
    antenna: { postcode: '1050', municipality: { fr: 'Ixelles', nl: 'Elsene' } },
    openDays: { fr: 'Het Grote Bad', nl: 'Het Grote Bad' },
  },
  {
    id: 'centre-west',
    kind: 'zone',
    name: { fr: 'Bassin Centre-Ouest', nl: 'Zorgzone Centrum-West' },
    editions: {
      fr: { host: 'bassin-centre-ouest.brussels', basePath: '/' },
      nl: { host: 'zorgzone-centrum-west.brussels', basePath: '/' },
    },
    branding: { primary: '#9e1237', primaryDark: '#770d29', tint: '#f9e8ed' },
    logo: 'centre-west.svg',
    helpdesk: { phone: '+32 2 880 29 87' },
    antenna: { postcode: '1070', municipality: { fr: 'Anderlecht', nl: 'Anderlecht' } },
    openDays: { fr: "Patch'Work — Rencontr'et vous !", nl: "Patch'Work" },
  },
];
