/**
 * `npm run check`: validates all of content/ and reports every problem at once,
 * as file, line, field, what is wrong and how to fix it (French and Dutch).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import matter from 'gray-matter';
import { z } from 'astro/zod';
import { siteEditions, sites, zones } from '../../sites/registry.ts';
import { languages, type Language } from '../../sites/types.ts';
import { planPages, type ContentIndex } from '../../routing/plan.ts';
import { reservedSegments } from '../../routing/urls.ts';
import {
  consultationThemes,
  monthPattern,
  relatedPattern,
  schemas,
  themeLabelsSchema,
  themesFile,
  type CollectionName,
} from '../contract.ts';
import { findReferences, parseReference } from '../cross-references.ts';
import { consultationPlace, initiativesPlace, toEntryRef, type EntryRef } from '../model.ts';
import { brusselsMonth, calendarYears } from '../selectors.ts';
import { describeIssue } from './field-messages.ts';
import { error, warning, type Problem } from './problems.ts';

export interface CheckOptions {
  /** The content folder. */
  root: string;
  /** Paths in messages are shown relative to this folder (the project). */
  base?: string;
  now?: Date;
  /** Days a translation may lag behind its counterpart before a warning. */
  staleAfterDays?: number;
  /** Last-change time of files (e.g. from git), by absolute path; else `updated` fields only. */
  lastChanged?: (file: string) => Date | undefined;
}

interface SourceFile {
  collection: CollectionName;
  abs: string;
  rel: string;
  key: string;
  lang: Language;
  data: Record<string, unknown>;
  body: string;
  text: string;
  /** Line number of each frontmatter key's first appearance, by key name. */
  keyLines: Map<string, number>;
  valid: boolean;
  /** The schema's output (dates parsed, Brussels times resolved), when valid. */
  parsed?: Record<string, unknown>;
}

export const collectionFolders = ['focus', 'prevention', 'consultations', 'zinneke', 'pages'] as const;
const markdown = /\.(md|mdx)$/;

export function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? walk(full) : [full];
  });
}

/** Which collection a markdown file belongs to, or why it is misplaced. */
export function classify(parts: string[]): { collection: CollectionName; key: string; lang: string } | { misplaced: true } {
  const [folder, ...rest] = parts;
  const file = rest.pop()!;
  const name = file.replace(markdown, '');
  const depth = rest.length;
  switch (folder) {
    case 'focus':
      return depth === 1 ? { collection: 'focus', key: rest.join('/'), lang: name } : { misplaced: true };
    case 'prevention':
      if (depth === 1) return { collection: 'prevention', key: rest.join('/'), lang: name };
      if (depth === 2 && rest[1] === 'zones') {
        const [zone = '', lang = ''] = name.split('.');
        return { collection: 'initiatives', key: `${rest.join('/')}/${zone}`, lang };
      }
      return { misplaced: true };
    case 'consultations':
      return depth === 3 ? { collection: 'consultations', key: rest.join('/'), lang: name } : { misplaced: true };
    case 'zinneke':
      if (depth === 1) return { collection: 'zinnekeIssues', key: rest.join('/'), lang: name };
      if (depth === 2) return { collection: 'zinnekeArticles', key: rest.join('/'), lang: name };
      return { misplaced: true };
    case 'pages':
      return depth === 2 ? { collection: 'pages', key: rest.join('/'), lang: name } : { misplaced: true };
    default:
      return { misplaced: true };
  }
}

/** The line of each frontmatter key's first appearance, counted in the whole file. */
function keyLines(text: string): Map<string, number> {
  const lines = new Map<string, number>();
  const all = text.split(/\r?\n/);
  if (all[0]?.trim() !== '---') return lines;
  for (let i = 1; i < all.length && all[i]!.trim() !== '---'; i++) {
    const m = /^\s*(?:-\s+)?([A-Za-z][\w-]*)\s*:/.exec(all[i]!);
    if (m && !lines.has(m[1]!)) lines.set(m[1]!, i + 1);
  }
  return lines;
}

export function checkContent(options: CheckOptions): Problem[] {
  const root = options.root;
  const base = options.base ?? process.cwd();
  const now = options.now ?? new Date();
  const staleAfterDays = options.staleAfterDays ?? 30;
  const rel = (abs: string) => relative(base, abs).split('\\').join('/');
  const problems: Problem[] = [];
  const files: SourceFile[] = [];

  if (!existsSync(root)) {
    return [error(rel(root), { fr: 'Le dossier de contenu est introuvable.', nl: 'De inhoudsmap bestaat niet.' }, { fr: 'Créez le dossier content/.', nl: 'Maak de map content/ aan.' })];
  }

  // ---- Theme labels ----------------------------------------------------------
  const themesPath = join(root, themesFile);
  let themeKeys: string[] = [];
  if (!existsSync(themesPath)) {
    problems.push(error(rel(themesPath), { fr: 'La liste des thèmes manque.', nl: 'De lijst met thema’s ontbreekt.' }, { fr: 'Créez content/themes.yml avec, par thème, ses libellés fr et nl.', nl: 'Maak content/themes.yml met per thema de labels fr en nl.' }));
  } else {
    try {
      const parsed = matter(`---\n${readFileSync(themesPath, 'utf8')}\n---\n`).data as Record<string, unknown>;
      for (const [key, labels] of Object.entries(parsed)) {
        if (!themeLabelsSchema.safeParse(labels).success) {
          problems.push(error(rel(themesPath), { fr: `Le thème « ${key} » doit avoir un libellé fr et un libellé nl.`, nl: `Het thema "${key}" moet een label fr en een label nl hebben.` }, { fr: `Écrivez « ${key}: » puis, en retrait, « fr: … » et « nl: … ».`, nl: `Schrijf "${key}:" en daaronder, ingesprongen, "fr: …" en "nl: …".` }, { field: key }));
        }
      }
      themeKeys = Object.keys(parsed);
    } catch (e) {
      problems.push(error(rel(themesPath), { fr: `Le fichier ne peut pas être lu : ${(e as Error).message.split('\n')[0]}`, nl: `Het bestand kan niet gelezen worden: ${(e as Error).message.split('\n')[0]}` }, { fr: 'Vérifiez le retrait et les deux-points.', nl: 'Controleer de inspringing en de dubbelpunten.' }));
    }
  }

  // ---- Each file ---------------------------------------------------------------
  const validators = schemas(z.string().min(1));
  for (const folder of collectionFolders) {
    const dir = join(root, folder);
    if (!existsSync(dir)) continue;
    for (const abs of walk(dir)) {
      if (!markdown.test(abs)) continue;
      const parts = relative(root, abs).split(/[\\/]/);
      const place = classify(parts);
      const file = rel(abs);
      if ('misplaced' in place) {
        problems.push(error(file, { fr: "Ce fichier n'est pas à sa place : il ne sera pas publié.", nl: 'Dit bestand staat niet op de juiste plaats: het wordt niet gepubliceerd.' }, { fr: 'Rangez-le selon docs/authoring.md (un dossier par entrée, avec fr.md et nl.md).', nl: 'Plaats het volgens docs/authoring.md (één map per item, met fr.md en nl.md).' }));
        continue;
      }
      if (!(languages as readonly string[]).includes(place.lang)) {
        const expected = place.collection === 'initiatives' ? '<zone>.fr.md / <zone>.nl.md' : 'fr.md / nl.md';
        problems.push(error(file, { fr: `Nom de fichier inattendu : une traduction s'appelle ${expected}.`, nl: `Onverwachte bestandsnaam: een vertaling heet ${expected}.` }, { fr: `Renommez le fichier en ${expected}.`, nl: `Hernoem het bestand naar ${expected}.` }));
        continue;
      }
      const bytes = readFileSync(abs);
      let text: string;
      try {
        text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
      } catch {
        problems.push(error(file, { fr: "Le fichier n'est pas enregistré en UTF-8 : les accents seraient abîmés.", nl: 'Het bestand is niet in UTF-8 opgeslagen: letters met accenten zouden beschadigd raken.' }, { fr: 'Enregistrez-le en UTF-8 (dans votre éditeur : Enregistrer sous… > Encodage UTF-8).', nl: 'Sla het op in UTF-8 (in uw editor: Opslaan als… > Codering UTF-8).' }));
        continue;
      }
      let parsed: matter.GrayMatterFile<string>;
      try {
        // A fresh object each time: gray-matter caches by content otherwise.
        parsed = matter(text, {});
      } catch (e) {
        const mark = (e as { mark?: { line?: number } }).mark;
        const reason = (e as { reason?: string }).reason ?? (e as Error).message.split('\n')[0];
        problems.push(error(file, { fr: `L'en-tête (entre les lignes ---) ne peut pas être lu : ${reason}.`, nl: `De kop (tussen de regels ---) kan niet gelezen worden: ${reason}.` }, { fr: 'Vérifiez cette ligne : « champ: valeur », un espace après les deux-points, des guillemets autour des textes qui contiennent « : ».', nl: 'Controleer deze regel: "veld: waarde", een spatie na de dubbelpunt, aanhalingstekens rond teksten met ":".' }, { line: mark?.line !== undefined ? mark.line + 2 : undefined }));
        continue;
      }
      const source: SourceFile = {
        collection: place.collection,
        abs,
        rel: file,
        key: place.key,
        lang: place.lang as Language,
        data: parsed.data,
        body: parsed.content,
        keyLines: keyLines(text),
        text,
        valid: true,
      };
      files.push(source);

      const schema = validators[place.collection];
      const result = schema.safeParse(parsed.data, { reportInput: true });
      if (result.success) {
        source.parsed = result.data as Record<string, unknown>;
      } else {
        source.valid = false;
        for (const issue of result.error.issues) {
          for (const m of describeIssue(issue, schema, parsed.data)) {
            const top = m.field.split(/[.[]/)[0]!;
            const leaf = m.field.split(/[.[\]]/).filter(Boolean).at(-1)!;
            problems.push(error(file, m.message, m.fix, { field: m.field, line: source.keyLines.get(leaf) ?? source.keyLines.get(top) ?? 1 }));
          }
        }
      }
      checkFile(source);
    }
  }

  function at(f: SourceFile, field: string) {
    return { field, line: f.keyLines.get(field) };
  }

  function checkFile(f: SourceFile) {
    const d = f.data;
    const entryDir = dirname(f.abs);
    if (f.collection !== 'initiatives' && !f.body.trim()) {
      problems.push(error(f.rel, { fr: 'Le texte de la page est vide.', nl: 'De tekst van de pagina is leeg.' }, { fr: "Écrivez le texte sous l'en-tête (après la deuxième ligne ---).", nl: 'Schrijf de tekst onder de kop (na de tweede regel ---).' }));
    }
    // Files the entry refers to must sit beside it.
    const referenced: Array<[string, string]> = [];
    const cover = d.cover as { src?: unknown } | undefined;
    if (cover && typeof cover.src === 'string') referenced.push(['cover', cover.src]);
    if (typeof d.pdf === 'string') referenced.push(['pdf', d.pdf]);
    for (const m of f.body.matchAll(/^import\s+\w+\s+from\s+['"](\.{1,2}\/[^'"]+)['"]/gm)) referenced.push(['import', m[1]!]);
    for (const m of f.body.matchAll(/!\[[^\]]*\]\((\.{1,2}\/[^)\s]+)\)/g)) referenced.push(['image', m[1]!]);
    for (const [field, path] of referenced) {
      if (!existsSync(join(entryDir, path))) {
        problems.push(error(f.rel, { fr: `Le fichier « ${path} » est introuvable à côté de cette page.`, nl: `Het bestand "${path}" staat niet naast deze pagina.` }, { fr: `Placez « ${path} » dans ${rel(entryDir)}/ ou corrigez son nom (majuscules comprises).`, nl: `Plaats "${path}" in ${rel(entryDir)}/ of verbeter de naam (ook hoofdletters).` }, at(f, field)));
      }
    }
    for (const m of f.body.matchAll(/!\[\s*\]\(([^)\s]+)\)/g)) {
      problems.push(error(f.rel, { fr: `L'image « ${m[1]} » n'a pas de texte alternatif.`, nl: `De afbeelding "${m[1]}" heeft geen alternatieve tekst.` }, { fr: "Écrivez entre les crochets ce que montre l'image : ![Description](…).", nl: 'Schrijf tussen de vierkante haken wat de afbeelding toont: ![Beschrijving](…).' }));
    }
    // Themes come from content/themes.yml.
    if (typeof d.theme === 'string' && themeKeys.length && !themeKeys.includes(d.theme)) {
      problems.push(error(f.rel, { fr: `Thème inconnu « ${d.theme} ».`, nl: `Onbekend thema "${d.theme}".` }, { fr: `Utilisez un thème de content/themes.yml (${themeKeys.join(', ')}) ou ajoutez-y ce nouveau thème avec ses libellés.`, nl: `Gebruik een thema uit content/themes.yml (${themeKeys.join(', ')}) of voeg het nieuwe thema daar toe met zijn labels.` }, at(f, 'theme')));
    }
    // Folder names carry meaning: they must agree with the fields.
    switch (f.collection) {
      case 'prevention': {
        const month = f.key.slice(0, 7);
        if (!/^\d{4}-\d{2}-[a-z0-9][a-z0-9-]*$/.test(f.key) || !monthPattern.test(month)) {
          problems.push(error(f.rel, { fr: `Le dossier « ${f.key} » doit commencer par le mois : AAAA-MM-nom.`, nl: `De map "${f.key}" moet beginnen met de maand: JJJJ-MM-naam.` }, { fr: 'Renommez le dossier, par ex. 2025-03-colorectal-cancer.', nl: 'Hernoem de map, bv. 2025-03-colorectal-cancer.' }));
        } else if (typeof d.month === 'string' && d.month !== month) {
          problems.push(error(f.rel, { fr: `Le mois « ${d.month} » ne correspond pas au dossier (${month}).`, nl: `De maand "${d.month}" komt niet overeen met de map (${month}).` }, { fr: 'Mettez le même mois dans le champ et dans le nom du dossier.', nl: 'Gebruik dezelfde maand in het veld en in de mapnaam.' }, at(f, 'month')));
        }
        break;
      }
      case 'consultations': {
        const [siteId = '', theme = '', edition = ''] = f.key.split('/');
        if (!zones.some((z) => z.id === siteId)) {
          problems.push(error(f.rel, { fr: `Bassin inconnu « ${siteId} ».`, nl: `Onbekende zorgzone "${siteId}".` }, { fr: `Le premier dossier est le bassin : ${zones.map((z) => z.id).join(', ')}.`, nl: `De eerste map is de zorgzone: ${zones.map((z) => z.id).join(', ')}.` }));
        }
        if (!(consultationThemes as readonly string[]).includes(theme)) {
          problems.push(error(f.rel, { fr: `Thème de concertation inconnu « ${theme} ».`, nl: `Onbekend thema van overleg "${theme}".` }, { fr: `Le deuxième dossier est le thème : ${consultationThemes.join(', ')}.`, nl: `De tweede map is het thema: ${consultationThemes.join(', ')}.` }));
        }
        const m = /^(\d{4})-(\d+)$/.exec(edition);
        if (!m) {
          problems.push(error(f.rel, { fr: `Le dossier « ${edition} » doit être l'année et le numéro de la rencontre, par ex. 2025-1.`, nl: `De map "${edition}" moet het jaar en het nummer van de bijeenkomst zijn, bv. 2025-1.` }, { fr: 'Renommez le dossier AAAA-n.', nl: 'Hernoem de map naar JJJJ-n.' }));
        } else {
          if (typeof d.meeting === 'number' && d.meeting !== Number(m[2])) {
            problems.push(error(f.rel, { fr: `Le numéro de rencontre ${d.meeting} ne correspond pas au dossier (${edition}).`, nl: `Het nummer van de bijeenkomst ${d.meeting} komt niet overeen met de map (${edition}).` }, { fr: 'Mettez le même numéro dans « meeting » et dans le nom du dossier.', nl: 'Gebruik hetzelfde nummer in "meeting" en in de mapnaam.' }, at(f, 'meeting')));
          }
          if (d.date instanceof Date && d.date.getUTCFullYear() !== Number(m[1])) {
            problems.push(error(f.rel, { fr: `La date n'est pas en ${m[1]}, l'année du dossier.`, nl: `De datum valt niet in ${m[1]}, het jaar van de map.` }, { fr: "Corrigez la date ou l'année du dossier.", nl: 'Verbeter de datum of het jaar van de map.' }, at(f, 'date')));
          }
        }
        break;
      }
      case 'zinnekeIssues':
        if (!/^\d{2}$/.test(f.key)) {
          problems.push(error(f.rel, { fr: `Le dossier d'un numéro s'appelle par son numéro à deux chiffres (01, 02…), pas « ${f.key} ».`, nl: `De map van een nummer heet naar het nummer met twee cijfers (01, 02…), niet "${f.key}".` }, { fr: 'Renommez le dossier.', nl: 'Hernoem de map.' }));
        } else if (typeof d.number === 'number' && d.number !== Number(f.key)) {
          problems.push(error(f.rel, { fr: `Le numéro ${d.number} ne correspond pas au dossier ${f.key}.`, nl: `Het nummer ${d.number} komt niet overeen met de map ${f.key}.` }, { fr: 'Mettez le même numéro dans « number » et dans le nom du dossier.', nl: 'Gebruik hetzelfde nummer in "number" en in de mapnaam.' }, at(f, 'number')));
        }
        break;
      case 'pages': {
        const scope = f.key.split('/')[0]!;
        if (scope !== 'all' && !sites.some((s) => s.id === scope)) {
          problems.push(error(f.rel, { fr: `Site inconnu « ${scope} ».`, nl: `Onbekende site "${scope}".` }, { fr: `Le premier dossier est « all » ou un site : ${sites.map((s) => s.id).join(', ')}.`, nl: `De eerste map is "all" of een site: ${sites.map((s) => s.id).join(', ')}.` }));
        }
        const slug = typeof d.slug === 'string' ? d.slug : f.key.split('/').at(-1)!;
        if (reservedSegments(f.lang).includes(slug)) {
          problems.push(error(f.rel, { fr: `L'adresse « ${slug} » est réservée à une rubrique du site.`, nl: `Het adres "${slug}" is voorbehouden voor een rubriek van de site.` }, { fr: 'Choisissez un autre « slug ».', nl: 'Kies een andere "slug".' }, at(f, 'slug')));
        }
        break;
      }
      case 'initiatives': {
        const { themeKey, siteId } = initiativesPlace(f.key);
        if (!zones.some((z) => z.id === siteId)) {
          problems.push(error(f.rel, { fr: `Bassin inconnu « ${siteId} » : ces initiatives ne seraient affichées nulle part.`, nl: `Onbekende zorgzone "${siteId}": deze initiatieven zouden nergens getoond worden.` }, { fr: `Nommez le fichier d'après un bassin : ${zones.map((z) => `${z.id}.${f.lang}.md`).join(', ')}.`, nl: `Noem het bestand naar een zorgzone: ${zones.map((z) => `${z.id}.${f.lang}.md`).join(', ')}.` }));
        }
        const shared = join(root, 'prevention', themeKey, `${f.lang}.md`);
        if (!existsSync(shared) && !existsSync(`${shared}x`)) {
          problems.push(error(f.rel, { fr: `Le thème ${themeKey} n'a pas de texte commun en ${f.lang === 'fr' ? 'français' : 'néerlandais'} : ces initiatives n'ont pas de page où apparaître.`, nl: `Het thema ${themeKey} heeft geen gemeenschappelijke tekst in het ${f.lang === 'fr' ? 'Frans' : 'Nederlands'}: deze initiatieven hebben geen pagina om op te verschijnen.` }, { fr: `Ajoutez content/prevention/${themeKey}/${f.lang}.md, ou déplacez ce fichier dans le bon mois.`, nl: `Voeg content/prevention/${themeKey}/${f.lang}.md toe, of verplaats dit bestand naar de juiste maand.` }));
        }
        break;
      }
      case 'zinnekeArticles': {
        const issueKey = f.key.split('/')[0]!;
        if (!existsSync(join(root, 'zinneke', issueKey, `${f.lang}.md`)) && !existsSync(join(root, 'zinneke', issueKey, `${f.lang}.mdx`))) {
          problems.push(error(f.rel, { fr: `Le numéro ${issueKey} n'a pas de fichier ${f.lang}.md : cet article n'a pas de numéro où paraître.`, nl: `Nummer ${issueKey} heeft geen bestand ${f.lang}.md: dit artikel heeft geen nummer om in te verschijnen.` }, { fr: `Ajoutez content/zinneke/${issueKey}/${f.lang}.md (numéro, saison, année, titre).`, nl: `Voeg content/zinneke/${issueKey}/${f.lang}.md toe (nummer, seizoen, jaar, titel).` }));
        }
        break;
      }
    }
  }

  // ---- Across entries ------------------------------------------------------------
  const translated = files.filter((f) => f.collection !== 'initiatives');
  const byCollectionKey = new Map<string, SourceFile[]>();
  for (const f of files) {
    const id = `${f.collection}|${f.key}`;
    byCollectionKey.set(id, [...(byCollectionKey.get(id) ?? []), f]);
  }

  // Meeting numbers are unique per zone, theme and year.
  const meetings = new Map<string, SourceFile[]>();
  for (const f of files.filter((f) => f.collection === 'consultations' && typeof f.data.meeting === 'number')) {
    const { siteId, theme, year } = consultationPlace(f.key);
    const id = `${siteId}|${theme}|${year}|${f.data.meeting}|${f.lang}`;
    meetings.set(id, [...(meetings.get(id) ?? []), f]);
  }
  for (const group of meetings.values()) {
    if (group.length < 2) continue;
    for (const f of group) {
      problems.push(error(f.rel, { fr: `La rencontre n° ${f.data.meeting} existe deux fois pour ce bassin, ce thème et cette année (${group.map((g) => g.rel).join(', ')}).`, nl: `Bijeenkomst nr. ${f.data.meeting} bestaat twee keer voor deze zorgzone, dit thema en dit jaar (${group.map((g) => g.rel).join(', ')}).` }, { fr: 'Numérotez les rencontres 1, 2, 3… sans doublon.', nl: 'Nummer de bijeenkomsten 1, 2, 3… zonder dubbels.' }, at(f, 'meeting')));
    }
  }

  // Two entries may not end up at the same address.
  const valid = files.filter((f) => f.valid);
  const refs = (c: CollectionName): EntryRef[] =>
    valid.filter((f) => f.collection === c).map((f) => toEntryRef(c, `${f.key}/${f.lang}`, f.parsed as { slug?: string }));
  const index: ContentIndex = {
    focus: refs('focus'),
    prevention: refs('prevention'),
    initiatives: [],
    consultations: refs('consultations'),
    zinnekeIssues: refs('zinnekeIssues'),
    zinnekeArticles: refs('zinnekeArticles'),
    pages: refs('pages'),
  };
  const plan = planPages(index, siteEditions, now);
  const byUrl = new Map<string, typeof plan>();
  for (const p of plan) byUrl.set(p.host + p.path, [...(byUrl.get(p.host + p.path) ?? []), p]);
  const fileOf = (p: (typeof plan)[number]) => valid.find((f) => f.collection === p.entry?.collection && f.key === p.entry?.key && f.lang === p.lang);
  for (const [url, group] of byUrl) {
    if (group.length < 2) continue;
    const sources = group.map(fileOf).filter((f): f is SourceFile => Boolean(f));
    for (const f of sources) {
      problems.push(error(f.rel, { fr: `Deux pages auraient la même adresse https://${url} : ${sources.map((s) => s.rel).join(' et ')}.`, nl: `Twee pagina's zouden hetzelfde adres https://${url} krijgen: ${sources.map((s) => s.rel).join(' en ')}.` }, { fr: 'Donnez à l’une des deux un autre « slug ».', nl: 'Geef een van beide een andere "slug".' }, at(f, 'slug')));
    }
  }

  // Cross-references must point to an existing entry, in the text and in a Focus's `related` list.
  for (const f of files) {
    // A value of the wrong form was already reported by the schema.
    const listed = Array.isArray(f.data.related) ? (f.data.related as unknown[]).filter((r): r is string => typeof r === 'string' && relatedPattern.test(r)) : [];
    const inText = findReferences(f.text).map(({ href, line }) => ({ href, where: { line } }));
    for (const { href, where } of [...inText, ...listed.map((href) => ({ href, where: at(f, 'related') }))]) {
      const target = parseReference(href);
      const exists = target && byCollectionKey.has(`${target.collection}|${target.key}`);
      if (!exists) {
        problems.push(error(f.rel, { fr: `Le lien « ${href} » mène à une entrée qui n'existe pas.`, nl: `De link "${href}" verwijst naar een item dat niet bestaat.` }, { fr: 'Vérifiez le nom du dossier visé (par ex. focus:mental-health, prevention:2025-03-colorectal-cancer, consultation:south/prevention/2024-1, zinneke:01/territorialisation, page:all/accessibility).', nl: 'Controleer de naam van de doelmap (bv. focus:mental-health, prevention:2025-03-colorectal-cancer, consultation:south/prevention/2024-1, zinneke:01/territorialisation, page:all/accessibility).' }, where));
      }
    }
  }

  // ---- Warnings --------------------------------------------------------------------
  for (const group of byCollectionKey.values()) {
    const [first] = group;
    if (!first || first.collection === 'initiatives') continue;
    if (group.length === 1) {
      const missing = first.lang === 'fr' ? 'nl' : 'fr';
      problems.push(warning(first.rel, { fr: `Pas de version ${missing === 'nl' ? 'néerlandaise' : 'française'} : la page dira aux lecteurs qu'elle n'est pas traduite.`, nl: `Geen ${missing === 'nl' ? 'Nederlandse' : 'Franse'} versie: de pagina zal de lezers zeggen dat ze niet vertaald is.` }, { fr: `Ajoutez ${missing}.md dans le même dossier.`, nl: `Voeg ${missing}.md toe in dezelfde map.` }));
      continue;
    }
    const changed = (f: SourceFile) => (f.data.updated instanceof Date ? f.data.updated : options.lastChanged?.(f.abs));
    const [a, b] = group as [SourceFile, SourceFile];
    const [da, db] = [changed(a), changed(b)];
    if (da && db) {
      const days = Math.abs(da.getTime() - db.getTime()) / 86_400_000;
      if (days > staleAfterDays) {
        const older = da < db ? a : b;
        const newer = older === a ? b : a;
        problems.push(warning(older.rel, { fr: `Cette traduction a ${Math.round(days)} jours de retard sur ${newer.rel}.`, nl: `Deze vertaling loopt ${Math.round(days)} dagen achter op ${newer.rel}.` }, { fr: 'Reportez les changements de l’autre langue, puis mettez « updated » à jour.', nl: 'Neem de wijzigingen uit de andere taal over en werk "updated" bij.' }, at(older, 'updated')));
      }
    }
  }
  const yearAgo = new Date(now.getTime() - 365 * 86_400_000);
  for (const f of translated.filter((f) => f.collection === 'focus' && Array.isArray(f.data.services))) {
    const reviewed = f.data.servicesReviewed;
    if (!(reviewed instanceof Date) || reviewed < yearAgo) {
      problems.push(warning(f.rel, { fr: "Le répertoire des services n'a pas été vérifié depuis plus de 12 mois.", nl: 'Het repertorium van diensten is al meer dan 12 maanden niet nagekeken.' }, { fr: 'Vérifiez les services listés puis mettez la date du jour dans « servicesReviewed ».', nl: 'Kijk de diensten na en zet de datum van vandaag in "servicesReviewed".' }, at(f, 'servicesReviewed')));
    }
  }
  const themes = translated.filter((f) => f.collection === 'prevention' && typeof f.data.month === 'string');
  const currentMonth = brusselsMonth(now);
  if (themes.length) {
    const months = themes.map((t) => t.data.month as string).sort();
    const refs = themes.map((t) => toEntryRef('prevention', `${t.key}/${t.lang}`, t.data as { month: string; slug?: string }));
    const calendar = calendarYears(refs, currentMonth).flatMap((year) =>
      Array.from({ length: 12 }, (_, i) => `${year}-${String(i + 1).padStart(2, '0')}`),
    );
    // From the first theme to the end of the current year: earlier months predate the programme.
    const expected = calendar.filter((month) => month >= months[0]! && month <= `${currentMonth.slice(0, 4)}-12`);
    for (const lang of languages) {
      const empty = expected.filter((month) => !themes.some((t) => t.lang === lang && t.data.month === month));
      if (empty.length) {
        problems.push(warning(rel(join(root, 'prevention')), { fr: `Mois sans thème de prévention en ${lang === 'fr' ? 'français' : 'néerlandais'} : ${empty.join(', ')}.`, nl: `Maanden zonder preventiethema in het ${lang === 'fr' ? 'Frans' : 'Nederlands'}: ${empty.join(', ')}.` }, { fr: `Ajoutez un dossier content/prevention/<mois>-<thème>/ avec ${lang}.md pour ces mois.`, nl: `Voeg voor deze maanden een map content/prevention/<maand>-<thema>/ met ${lang}.md toe.` }));
      }
    }
  }
  for (const lang of languages) {
    const theme = themes.find((t) => t.lang === lang && t.data.month === currentMonth);
    if (!theme) continue;
    for (const zone of zones) {
      if (!files.some((f) => f.collection === 'initiatives' && f.lang === lang && f.key === `${theme.key}/zones/${zone.id}`)) {
        problems.push(warning(theme.rel, { fr: `${zone.name.fr} n'a pas d'initiatives locales pour le thème du mois.`, nl: `${zone.name.nl} heeft geen lokale initiatieven voor het thema van de maand.` }, { fr: `Ajoutez content/prevention/${theme.key}/zones/${zone.id}.${lang}.md.`, nl: `Voeg content/prevention/${theme.key}/zones/${zone.id}.${lang}.md toe.` }));
      }
    }
  }

  return problems.sort((x, y) => Number(x.severity === 'warning') - Number(y.severity === 'warning') || x.file.localeCompare(y.file) || (x.line ?? 0) - (y.line ?? 0));
}

