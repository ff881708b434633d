/**
 * Every sentence `npm run check` says to an author, in French and Dutch, with its fix.
 * Rules pick a message by name and give it the facts; the wording lives only here
 * (messages about a single field's value are in field-messages.ts).
 */
import type { Bilingual, Language } from '../../sites/types.ts';
import type { HistoryGap } from '../drift/history.ts';

export interface AuthorMessage {
  message: Bilingual;
  fix: Bilingual;
}

/** A language's name inside a French or a Dutch sentence. */
const languageIn: Record<Language, Bilingual> = {
  fr: { fr: 'français', nl: 'Frans' },
  nl: { fr: 'néerlandais', nl: 'Nederlands' },
};

/** Tags that would make a page do something: programs, other sites' pages, styles, forms. */
export type ActiveKind = 'script' | 'embed' | 'style' | 'form';

const activeWhy: Record<ActiveKind, Bilingual> = {
  script: {
    fr: 'un programme dans le texte s’exécuterait chez chaque lecteur.',
    nl: 'een programma in de tekst zou bij elke lezer uitgevoerd worden.',
  },
  embed: {
    fr: 'elle chargerait la page d’un autre site, qui suivrait les lecteurs dès l’ouverture.',
    nl: 'ze zou de pagina van een andere site laden, die de lezers volgt zodra ze de pagina openen.',
  },
  style: {
    fr: 'la mise en forme et les métadonnées viennent du site, pas du texte.',
    nl: 'de opmaak en de metagegevens komen van de site, niet van de tekst.',
  },
  form: {
    fr: 'le site ne reçoit pas de formulaires.',
    nl: 'de site ontvangt geen formulieren.',
  },
};

const activeInstead: Record<ActiveKind, Bilingual> = {
  script: {
    fr: 'Supprimez-la. Pour une vidéo, utilisez le composant <Video url="https://…" title="…" /> (fichier .mdx) ; pour un service externe, un lien [texte](https://…).',
    nl: 'Verwijder ze. Gebruik voor een video de component <Video url="https://…" title="…" /> (.mdx-bestand); voor een externe dienst een link [tekst](https://…).',
  },
  embed: {
    fr: 'Pour une vidéo YouTube ou Vimeo, utilisez le composant <Video url="https://…" title="…" /> (fichier .mdx) ; pour une carte, un document ou un autre site, un lien [texte](https://…).',
    nl: 'Gebruik voor een video van YouTube of Vimeo de component <Video url="https://…" title="…" /> (.mdx-bestand); voor een kaart, een document of een andere site een link [tekst](https://…).',
  },
  style: {
    fr: 'Supprimez-la et utilisez le markdown : ## pour un titre, **gras**, *italique*, des listes avec -.',
    nl: 'Verwijder ze en gebruik markdown: ## voor een titel, **vet**, *cursief*, lijsten met -.',
  },
  form: {
    fr: 'Faites un lien vers le formulaire : [S’inscrire](https://…).',
    nl: 'Maak een link naar het formulier: [Inschrijven](https://…).',
  },
};

/** Common YAML mistakes, by the code the \`yaml\` package gives them, in the author's words. */
export const yamlMistakes: Record<string, Bilingual> = {
  BLOCK_AS_IMPLICIT_KEY: {
    fr: 'un texte contient « : » sans être entre guillemets, ou une ligne est trop en retrait',
    nl: 'een tekst bevat ":" zonder aanhalingstekens, of een regel springt te ver in',
  },
  MULTILINE_IMPLICIT_KEY: {
    fr: 'une ligne n’a pas la forme « champ: valeur » (espace après les deux-points ?)',
    nl: 'een regel heeft niet de vorm "veld: waarde" (spatie na de dubbelpunt?)',
  },
  MISSING_CHAR: {
    fr: 'des guillemets ou un crochet ouverts ne sont jamais fermés',
    nl: 'aanhalingstekens of een haakje worden nooit gesloten',
  },
  BAD_INDENT: {
    fr: 'un crochet [ ou une accolade { ouverts ne sont jamais fermés, ou le retrait est incorrect',
    nl: 'een haakje [ of accolade { wordt nooit gesloten, of de inspringing klopt niet',
  },
};

const referenceExamples =
  'focus:mental-health, prevention:2025-03-colorectal-cancer, consultation:south/prevention/2024-1, zinneke:01/territorialisation, page:all/accessibility';

export const messages = {
  // ---- Files and folders ----------------------------------------------------------------
  contentFolderMissing: (): AuthorMessage => ({
    message: { fr: 'Le dossier de contenu est introuvable.', nl: 'De inhoudsmap bestaat niet.' },
    fix: { fr: 'Créez le dossier content/.', nl: 'Maak de map content/ aan.' },
  }),
  themesFileMissing: (): AuthorMessage => ({
    message: { fr: 'La liste des thèmes manque.', nl: 'De lijst met thema’s ontbreekt.' },
    fix: {
      fr: 'Créez content/themes.yml : une liste où chaque thème a sa clé (key) et ses libellés fr et nl.',
      nl: 'Maak content/themes.yml: een lijst waarin elk thema een sleutel (key) en de labels fr en nl heeft.',
    },
  }),
  themesFileNotAList: (): AuthorMessage => ({
    message: {
      fr: 'La liste des thèmes doit être une liste : chaque thème commence par « - key: ».',
      nl: 'De lijst met thema’s moet een lijst zijn: elk thema begint met "- key:".',
    },
    fix: {
      fr: 'Écrivez chaque thème comme « - key: mental-health » puis, en retrait, « fr: … » et « nl: … ».',
      nl: 'Schrijf elk thema als "- key: mental-health" met daaronder, ingesprongen, "fr: …" en "nl: …".',
    },
  }),
  themeLabelsMissing: (key: string): AuthorMessage => ({
    message: {
      fr: `Le thème « ${key} » doit avoir une clé (key) et un libellé fr et un libellé nl.`,
      nl: `Het thema "${key}" moet een sleutel (key), een label fr en een label nl hebben.`,
    },
    fix: {
      fr: 'Sous « - key: … » (minuscules et tirets), écrivez en retrait « fr: … » et « nl: … ».',
      nl: 'Schrijf onder "- key: …" (kleine letters en koppeltekens), ingesprongen, "fr: …" en "nl: …".',
    },
  }),
  themeListedTwice: (key: string): AuthorMessage => ({
    message: { fr: `Le thème « ${key} » est listé deux fois.`, nl: `Het thema "${key}" staat twee keer in de lijst.` },
    fix: { fr: 'Gardez-en un seul.', nl: 'Houd er maar één.' },
  }),
  themesFileUnreadable: (reason: string): AuthorMessage => ({
    message: {
      fr: `Le fichier ne peut pas être lu : ${reason}`,
      nl: `Het bestand kan niet gelezen worden: ${reason}`,
    },
    fix: { fr: 'Vérifiez le retrait et les deux-points.', nl: 'Controleer de inspringing en de dubbelpunten.' },
  }),
  misplaced: (expected: string): AuthorMessage => ({
    message: {
      fr: "Ce fichier n'est pas à sa place : il ne sera pas publié.",
      nl: 'Dit bestand staat niet op de juiste plaats: het wordt niet gepubliceerd.',
    },
    fix: {
      fr: `Rangez-le selon docs/authoring.md (un dossier par entrée, avec ${expected}).`,
      nl: `Plaats het volgens docs/authoring.md (één map per item, met ${expected}).`,
    },
  }),
  unexpectedFileName: (expected: string): AuthorMessage => ({
    message: {
      fr: `Nom de fichier inattendu : une traduction s'appelle ${expected}.`,
      nl: `Onverwachte bestandsnaam: een vertaling heet ${expected}.`,
    },
    fix: { fr: `Renommez le fichier en ${expected}.`, nl: `Hernoem het bestand naar ${expected}.` },
  }),
  notUtf8: (): AuthorMessage => ({
    message: {
      fr: "Le fichier n'est pas enregistré en UTF-8 : les accents seraient abîmés.",
      nl: 'Het bestand is niet in UTF-8 opgeslagen: letters met accenten zouden beschadigd raken.',
    },
    fix: {
      fr: 'Enregistrez-le en UTF-8 (dans votre éditeur : Enregistrer sous… > Encodage UTF-8).',
      nl: 'Sla het op in UTF-8 (in uw editor: Opslaan als… > Codering UTF-8).',
    },
  }),
  emptyFile: (): AuthorMessage => ({
    message: { fr: 'Le fichier est vide.', nl: 'Het bestand is leeg.' },
    fix: {
      fr: 'Écrivez l’en-tête (entre deux lignes ---) puis le texte, ou supprimez le fichier. `npm run new` crée une entrée complète.',
      nl: 'Schrijf de kop (tussen twee regels ---) en dan de tekst, of verwijder het bestand. `npm run new` maakt een volledig item aan.',
    },
  }),
  notText: (): AuthorMessage => ({
    message: {
      fr: "Ce fichier n'est pas du texte (une image, un PDF ou un document Word renommé ?).",
      nl: 'Dit bestand is geen tekst (een hernoemde afbeelding, pdf of Word-document?).',
    },
    fix: {
      fr: 'Copiez le texte dans un fichier texte (.md) ; placez les images et les PDF à côté, sous leur propre nom.',
      nl: 'Kopieer de tekst naar een tekstbestand (.md); zet afbeeldingen en pdf’s ernaast, onder hun eigen naam.',
    },
  }),
  frontmatterNotClosed: (): AuthorMessage => ({
    message: {
      fr: "L'en-tête n'est jamais fermé : la ligne --- de la fin manque.",
      nl: 'De kop wordt nooit afgesloten: de regel --- op het einde ontbreekt.',
    },
    fix: {
      fr: 'Ajoutez une ligne --- après le dernier champ, avant le texte.',
      nl: 'Voeg een regel --- toe na het laatste veld, vóór de tekst.',
    },
  }),
  tabIndentation: (): AuthorMessage => ({
    message: {
      fr: "L'en-tête est mis en retrait avec une tabulation : elle n'est pas permise.",
      nl: 'De kop springt in met een tab: dat is niet toegelaten.',
    },
    fix: {
      fr: 'Remplacez la tabulation par des espaces (deux espaces par niveau).',
      nl: 'Vervang de tab door spaties (twee spaties per niveau).',
    },
  }),
  duplicateKey: (key: string, firstLine: number): AuthorMessage => ({
    message: {
      fr: `Le champ « ${key} » est écrit deux fois (déjà à la ligne ${firstLine}).`,
      nl: `Het veld "${key}" staat er twee keer (al op regel ${firstLine}).`,
    },
    fix: { fr: 'Gardez une seule ligne pour ce champ.', nl: 'Houd één regel voor dit veld.' },
  }),
  /** `reason`: what the YAML reader found, in the author's words when it is a common mistake. */
  frontmatterUnreadable: (reason: Bilingual): AuthorMessage => ({
    message: {
      fr: `L'en-tête (entre les lignes ---) ne peut pas être lu : ${reason.fr}.`,
      nl: `De kop (tussen de regels ---) kan niet gelezen worden: ${reason.nl}.`,
    },
    fix: {
      fr: 'Vérifiez cette ligne : « champ: valeur », un espace après les deux-points, des guillemets autour des textes qui contiennent « : ».',
      nl: 'Controleer deze regel: "veld: waarde", een spatie na de dubbelpunt, aanhalingstekens rond teksten met ":".',
    },
  }),
  emptyBody: (): AuthorMessage => ({
    message: { fr: 'Le texte de la page est vide.', nl: 'De tekst van de pagina is leeg.' },
    fix: {
      fr: "Écrivez le texte sous l'en-tête (après la deuxième ligne ---).",
      nl: 'Schrijf de tekst onder de kop (na de tweede regel ---).',
    },
  }),
  fileNotBeside: (path: string, folder: string): AuthorMessage => ({
    message: {
      fr: `Le fichier « ${path} » est introuvable à côté de cette page.`,
      nl: `Het bestand "${path}" staat niet naast deze pagina.`,
    },
    fix: {
      fr: `Placez « ${path} » dans ${folder}/ ou corrigez son nom (majuscules comprises).`,
      nl: `Plaats "${path}" in ${folder}/ of verbeter de naam (ook hoofdletters).`,
    },
  }),
  imageWithoutAlt: (src: string): AuthorMessage => ({
    message: {
      fr: `L'image « ${src} » n'a pas de texte alternatif.`,
      nl: `De afbeelding "${src}" heeft geen alternatieve tekst.`,
    },
    fix: {
      fr: "Écrivez entre les crochets ce que montre l'image : ![Description](…).",
      nl: 'Schrijf tussen de vierkante haken wat de afbeelding toont: ![Beschrijving](…).',
    },
  }),

  // ---- What a text may contain: no active content, MDX that compiles --------------------
  activeContent: (tag: string, kind: ActiveKind): AuthorMessage => ({
    message: {
      fr: `La balise <${tag}> n'est pas permise : ${activeWhy[kind].fr}`,
      nl: `De tag <${tag}> is niet toegelaten: ${activeWhy[kind].nl}`,
    },
    fix: activeInstead[kind],
  }),
  htmlNotAllowed: (tag: string, allowed: readonly string[]): AuthorMessage => ({
    message: {
      fr: `La balise HTML <${tag}> n'est pas permise dans le texte.`,
      nl: `De HTML-tag <${tag}> is niet toegelaten in de tekst.`,
    },
    fix: {
      fr: `Écrivez-le en markdown : un lien [texte](https://…), une image ![description](./photo.jpg), un titre ##, un tableau avec des |. Balises HTML permises : ${allowed.map((t) => `<${t}>`).join(', ')}.`,
      nl: `Schrijf het in markdown: een link [tekst](https://…), een afbeelding ![beschrijving](./foto.jpg), een titel ##, een tabel met |. Toegelaten HTML-tags: ${allowed.map((t) => `<${t}>`).join(', ')}.`,
    },
  }),
  eventHandler: (attribute: string, tag: string): AuthorMessage => ({
    message: {
      fr: `L'attribut « ${attribute} » de <${tag}> exécuterait du code dans le navigateur des lecteurs : il n'est pas permis.`,
      nl: `Het attribuut "${attribute}" van <${tag}> zou code uitvoeren in de browser van de lezers: het is niet toegelaten.`,
    },
    fix: {
      fr: `Supprimez « ${attribute}=… ». Pour mener quelque part, faites un lien [texte](https://…).`,
      nl: `Verwijder "${attribute}=…". Om ergens naartoe te leiden, maak een link [tekst](https://…).`,
    },
  }),
  attributeNotAllowed: (attribute: string, tag: string, allowed: readonly string[]): AuthorMessage => ({
    message: {
      fr: `L'attribut « ${attribute} » de <${tag}> n'est pas permis.`,
      nl: `Het attribuut "${attribute}" van <${tag}> is niet toegelaten.`,
    },
    fix: {
      fr: `Supprimez-le : la mise en forme vient du site. Attributs permis ici : ${allowed.join(', ')}.`,
      nl: `Verwijder het: de opmaak komt van de site. Toegelaten attributen hier: ${allowed.join(', ')}.`,
    },
  }),
  unsafeAddress: (url: string, scheme: string): AuthorMessage => ({
    message: {
      fr: `L'adresse « ${url.length > 60 ? `${url.slice(0, 57)}…` : url} » commence par « ${scheme}: » : ce genre d'adresse n'est pas permis (il peut exécuter du code ou cacher une page).`,
      nl: `Het adres "${url.length > 60 ? `${url.slice(0, 57)}…` : url}" begint met "${scheme}:": zo'n adres is niet toegelaten (het kan code uitvoeren of een pagina verbergen).`,
    },
    fix: {
      fr: 'Faites un lien vers une adresse https://…, mailto:… ou tel:…, ou vers une autre entrée (focus:…, prevention:…) ; une image est un fichier placé à côté de l’entrée : ![description](./photo.jpg).',
      nl: 'Maak een link naar een adres https://…, mailto:… of tel:…, of naar een ander item (focus:…, prevention:…); een afbeelding is een bestand naast het item: ![beschrijving](./foto.jpg).',
    },
  }),
  componentInMarkdown: (name: string, fileName: string): AuthorMessage => ({
    message: {
      fr: `Le composant <${name}> ne fonctionne que dans un fichier .mdx.`,
      nl: `De component <${name}> werkt alleen in een .mdx-bestand.`,
    },
    fix: {
      fr: `Renommez ${fileName} en ${fileName.replace(/\.md$/, '.mdx')}.`,
      nl: `Hernoem ${fileName} naar ${fileName.replace(/\.md$/, '.mdx')}.`,
    },
  }),
  unknownComponent: (name: string, known: readonly string[], guess: string | undefined): AuthorMessage => ({
    message: {
      fr: `Composant inconnu <${name}>.${guess ? ` Vouliez-vous dire <${guess}> ?` : ''}`,
      nl: `Onbekende component <${name}>.${guess ? ` Bedoelde u <${guess}>?` : ''}`,
    },
    fix: {
      fr: `Utilisez un des composants du site : ${known.map((k) => `<${k}>`).join(', ')} (voir docs/authoring.fr.md).`,
      nl: `Gebruik een van de componenten van de site: ${known.map((k) => `<${k}>`).join(', ')} (zie docs/authoring.nl.md).`,
    },
  }),
  mdxTagNotClosed: (name: string): AuthorMessage => ({
    message: {
      fr: `La balise <${name}> n'est jamais fermée.`,
      nl: `De tag <${name}> wordt nooit gesloten.`,
    },
    fix: {
      fr: `Ajoutez </${name}> après son texte, ou écrivez <${name} … /> si elle n'entoure pas de texte.`,
      nl: `Voeg </${name}> toe na de tekst, of schrijf <${name} … /> als ze geen tekst omsluit.`,
    },
  }),
  mdxWrongClosingTag: (closing: string, opened: string): AuthorMessage => ({
    message: {
      fr: `La balise </${closing}> ne ferme pas <${opened}>, ouverte plus haut.`,
      nl: `De tag </${closing}> sluit <${opened}> niet, die hoger geopend werd.`,
    },
    fix: {
      fr: `Écrivez </${opened}> (même nom, mêmes majuscules), ou fermez d'abord ce qui a été ouvert en dernier.`,
      nl: `Schrijf </${opened}> (zelfde naam, zelfde hoofdletters), of sluit eerst wat het laatst geopend werd.`,
    },
  }),
  mdxClosingWithoutOpening: (closing: string): AuthorMessage => ({
    message: {
      fr: `La balise </${closing}> ferme quelque chose qui n'a pas été ouvert.`,
      nl: `De tag </${closing}> sluit iets dat niet geopend werd.`,
    },
    fix: {
      fr: `Ajoutez <${closing} …> plus haut, ou supprimez </${closing}>.`,
      nl: `Voeg hoger <${closing} …> toe, of verwijder </${closing}>.`,
    },
  }),
  mdxHtmlComment: (): AuthorMessage => ({
    message: {
      fr: 'Un commentaire <!-- … --> ne fonctionne pas dans un fichier .mdx.',
      nl: 'Een commentaar <!-- … --> werkt niet in een .mdx-bestand.',
    },
    fix: {
      fr: 'Écrivez la note invisible entre {/* et */} : {/* ma note */}.',
      nl: 'Schrijf de onzichtbare notitie tussen {/* en */}: {/* mijn notitie */}.',
    },
  }),
  mdxUnreadable: (column: number | undefined, reason: string): AuthorMessage => ({
    message: {
      fr: `Le fichier MDX ne peut pas être lu${column ? ` (colonne ${column})` : ''} — détail technique : ${reason}.`,
      nl: `Het MDX-bestand kan niet gelezen worden${column ? ` (kolom ${column})` : ''} — technisch detail: ${reason}.`,
    },
    fix: {
      fr: 'En .mdx, < et { ont un sens spécial : fermez chaque composant (<Callout>…</Callout> ou <Video … />), écrivez \\< et \\{ pour ces signes dans le texte, ou renommez le fichier en .md s’il n’utilise aucun composant.',
      nl: 'In .mdx hebben < en { een speciale betekenis: sluit elke component (<Callout>…</Callout> of <Video … />), schrijf \\< en \\{ voor die tekens in de tekst, of hernoem het bestand naar .md als het geen component gebruikt.',
    },
  }),
  mdxExpression: (expression: string): AuthorMessage => ({
    message: {
      fr: `Le texte entre accolades {${expression}} serait exécuté comme du code.`,
      nl: `De tekst tussen accolades {${expression}} zou als code uitgevoerd worden.`,
    },
    fix: {
      fr: 'Écrivez \\{ et \\} pour afficher des accolades, ou {/* … */} pour une note invisible.',
      nl: 'Schrijf \\{ en \\} om accolades te tonen, of {/* … */} voor een onzichtbare notitie.',
    },
  }),
  mdxStatement: (): AuthorMessage => ({
    message: {
      fr: 'Seules les lignes « import photo from \'./photo.jpg\' » (un fichier à côté de l’entrée) sont permises en tête du texte MDX.',
      nl: 'Alleen regels "import foto from \'./foto.jpg\'" (een bestand naast het item) zijn toegelaten in een MDX-tekst.',
    },
    fix: {
      fr: 'Supprimez cette ligne : les composants du site n’ont pas besoin d’import.',
      nl: 'Verwijder deze regel: de componenten van de site hebben geen import nodig.',
    },
  }),
  mdxNameNotImported: (name: string, component: string): AuthorMessage => ({
    message: {
      fr: `<${component}> utilise « ${name} », qui n'est importé nulle part (ni un texte entre guillemets).`,
      nl: `<${component}> gebruikt "${name}", dat nergens geïmporteerd wordt (en geen tekst tussen aanhalingstekens is).`,
    },
    fix: {
      fr: `Un texte s'écrit entre guillemets : '${name}'. Une image s'importe en tête du texte : import ${name} from './photo.jpg' (le fichier à côté de l'entrée).`,
      nl: `Een tekst staat tussen aanhalingstekens: '${name}'. Een afbeelding importeert u bovenaan de tekst: import ${name} from './foto.jpg' (het bestand naast het item).`,
    },
  }),

  // ---- Fields and the folders they must agree with -------------------------------------
  /** Without the theme: the web editor shows the message beside the value. */
  unknownTheme: (theme: string | undefined, known: readonly string[]): AuthorMessage => ({
    message: {
      fr: theme === undefined ? 'Thème inconnu.' : `Thème inconnu « ${theme} ».`,
      nl: theme === undefined ? 'Onbekend thema.' : `Onbekend thema "${theme}".`,
    },
    fix: {
      fr: `Utilisez un thème de content/themes.yml (${known.join(', ')}) ou ajoutez-y ce nouveau thème avec ses libellés.`,
      nl: `Gebruik een thema uit content/themes.yml (${known.join(', ')}) of voeg het nieuwe thema daar toe met zijn labels.`,
    },
  }),
  preventionFolderWithoutMonth: (key: string): AuthorMessage => ({
    message: {
      fr: `Le dossier « ${key} » doit commencer par le mois : AAAA-MM-nom.`,
      nl: `De map "${key}" moet beginnen met de maand: JJJJ-MM-naam.`,
    },
    fix: { fr: 'Renommez le dossier, par ex. 2025-03-colorectal-cancer.', nl: 'Hernoem de map, bv. 2025-03-colorectal-cancer.' },
  }),
  monthDiffersFromFolder: (month: string, folderMonth: string): AuthorMessage => ({
    message: {
      fr: `Le mois « ${month} » ne correspond pas au dossier (${folderMonth}).`,
      nl: `De maand "${month}" komt niet overeen met de map (${folderMonth}).`,
    },
    fix: {
      fr: 'Mettez le même mois dans le champ et dans le nom du dossier.',
      nl: 'Gebruik dezelfde maand in het veld en in de mapnaam.',
    },
  }),
  unknownZoneFolder: (zone: string, zones: readonly string[]): AuthorMessage => ({
    message: { fr: `Bassin inconnu « ${zone} ».`, nl: `Onbekende zorgzone "${zone}".` },
    fix: {
      fr: `Le premier dossier est le bassin : ${zones.join(', ')}.`,
      nl: `De eerste map is de zorgzone: ${zones.join(', ')}.`,
    },
  }),
  unknownConsultationTheme: (theme: string, themes: readonly string[]): AuthorMessage => ({
    message: { fr: `Thème de concertation inconnu « ${theme} ».`, nl: `Onbekend thema van overleg "${theme}".` },
    fix: {
      fr: `Le deuxième dossier est le thème : ${themes.join(', ')}.`,
      nl: `De tweede map is het thema: ${themes.join(', ')}.`,
    },
  }),
  meetingFolderMalformed: (edition: string): AuthorMessage => ({
    message: {
      fr: `Le dossier « ${edition} » doit être l'année et le numéro de la rencontre, par ex. 2025-1.`,
      nl: `De map "${edition}" moet het jaar en het nummer van de bijeenkomst zijn, bv. 2025-1.`,
    },
    fix: { fr: 'Renommez le dossier AAAA-n.', nl: 'Hernoem de map naar JJJJ-n.' },
  }),
  fieldDiffersFromFolder: (field: string, value: string, folderPart: string): AuthorMessage => ({
    message: {
      fr: `« ${field} » vaut ${value}, mais le nom du dossier dit ${folderPart}.`,
      nl: `"${field}" is ${value}, maar de mapnaam zegt ${folderPart}.`,
    },
    fix: {
      fr: `Mettez la même valeur dans « ${field} » et dans le nom du dossier (ou déplacez le fichier).`,
      nl: `Gebruik dezelfde waarde in "${field}" en in de mapnaam (of verplaats het bestand).`,
    },
  }),
  dateOutsideFolderYear: (year: string): AuthorMessage => ({
    message: {
      fr: `La date n'est pas en ${year}, l'année du dossier.`,
      nl: `De datum valt niet in ${year}, het jaar van de map.`,
    },
    fix: { fr: "Corrigez la date ou l'année du dossier.", nl: 'Verbeter de datum of het jaar van de map.' },
  }),
  issueFolderMalformed: (key: string): AuthorMessage => ({
    message: {
      fr: `Le dossier d'un numéro s'appelle par son numéro à deux chiffres (01, 02…), pas « ${key} ».`,
      nl: `De map van een nummer heet naar het nummer met twee cijfers (01, 02…), niet "${key}".`,
    },
    fix: { fr: 'Renommez le dossier.', nl: 'Hernoem de map.' },
  }),
  issueNumberDiffersFromFolder: (number: number, key: string): AuthorMessage => ({
    message: {
      fr: `Le numéro ${number} ne correspond pas au dossier ${key}.`,
      nl: `Het nummer ${number} komt niet overeen met de map ${key}.`,
    },
    fix: {
      fr: 'Mettez le même numéro dans « number » et dans le nom du dossier.',
      nl: 'Gebruik hetzelfde nummer in "number" en in de mapnaam.',
    },
  }),
  unknownSiteFolder: (scope: string, sites: readonly string[]): AuthorMessage => ({
    message: { fr: `Site inconnu « ${scope} ».`, nl: `Onbekende site "${scope}".` },
    fix: {
      fr: `Le premier dossier est « all » ou un site : ${sites.join(', ')}.`,
      nl: `De eerste map is "all" of een site: ${sites.join(', ')}.`,
    },
  }),
  reservedSlug: (slug: string): AuthorMessage => ({
    message: {
      fr: `L'adresse « ${slug} » est réservée à une rubrique du site.`,
      nl: `Het adres "${slug}" is voorbehouden voor een rubriek van de site.`,
    },
    fix: { fr: 'Choisissez un autre « slug ».', nl: 'Kies een andere "slug".' },
  }),
  initiativesOfUnknownZone: (zone: string, fileNames: readonly string[]): AuthorMessage => ({
    message: {
      fr: `Bassin inconnu « ${zone} » : ces initiatives ne seraient affichées nulle part.`,
      nl: `Onbekende zorgzone "${zone}": deze initiatieven zouden nergens getoond worden.`,
    },
    fix: {
      fr: `Nommez le fichier d'après un bassin : ${fileNames.join(', ')}.`,
      nl: `Noem het bestand naar een zorgzone: ${fileNames.join(', ')}.`,
    },
  }),
  initiativesWithoutTheme: (themeKey: string, lang: Language, sharedFile: string): AuthorMessage => ({
    message: {
      fr: `Le thème ${themeKey} n'a pas de texte commun en ${languageIn[lang].fr} : ces initiatives n'ont pas de page où apparaître.`,
      nl: `Het thema ${themeKey} heeft geen gemeenschappelijke tekst in het ${languageIn[lang].nl}: deze initiatieven hebben geen pagina om op te verschijnen.`,
    },
    fix: {
      fr: `Ajoutez ${sharedFile}, ou déplacez ce fichier dans le bon mois.`,
      nl: `Voeg ${sharedFile} toe, of verplaats dit bestand naar de juiste maand.`,
    },
  }),
  articleWithoutIssue: (issueKey: string, issueFileName: string, issueFile: string): AuthorMessage => ({
    message: {
      fr: `Le numéro ${issueKey} n'a pas de fichier ${issueFileName} : cet article n'a pas de numéro où paraître.`,
      nl: `Nummer ${issueKey} heeft geen bestand ${issueFileName}: dit artikel heeft geen nummer om in te verschijnen.`,
    },
    fix: {
      fr: `Ajoutez ${issueFile} (numéro, saison, année, titre).`,
      nl: `Voeg ${issueFile} toe (nummer, seizoen, jaar, titel).`,
    },
  }),

  // ---- Uniqueness ------------------------------------------------------------------------
  duplicateMeeting: (meeting: number, files: readonly string[]): AuthorMessage => ({
    message: {
      fr: `La rencontre n° ${meeting} existe deux fois pour ce bassin, ce thème et cette année (${files.join(', ')}).`,
      nl: `Bijeenkomst nr. ${meeting} bestaat twee keer voor deze zorgzone, dit thema en dit jaar (${files.join(', ')}).`,
    },
    fix: { fr: 'Numérotez les rencontres 1, 2, 3… sans doublon.', nl: 'Nummer de bijeenkomsten 1, 2, 3… zonder dubbels.' },
  }),
  sameAddress: (url: string, files: readonly string[]): AuthorMessage => ({
    message: {
      fr: `Deux pages auraient la même adresse https://${url} : ${files.join(' et ')}.`,
      nl: `Twee pagina's zouden hetzelfde adres https://${url} krijgen: ${files.join(' en ')}.`,
    },
    fix: { fr: 'Donnez à l’une des deux un autre « slug ».', nl: 'Geef een van beide een andere "slug".' },
  }),

  // ---- References -----------------------------------------------------------------------
  brokenReference: (href: string): AuthorMessage => ({
    message: {
      fr: `Le lien « ${href} » mène à une entrée qui n'existe pas.`,
      nl: `De link "${href}" verwijst naar een item dat niet bestaat.`,
    },
    fix: {
      fr: `Vérifiez le nom du dossier visé (par ex. ${referenceExamples}).`,
      nl: `Controleer de naam van de doelmap (bv. ${referenceExamples}).`,
    },
  }),

  // ---- Warnings -------------------------------------------------------------------------
  translationMissing: (missing: Language, missingFileName: string): AuthorMessage => ({
    message: {
      fr: `Pas de version ${missing === 'nl' ? 'néerlandaise' : 'française'} : la page dira aux lecteurs qu'elle n'est pas traduite.`,
      nl: `Geen ${missing === 'nl' ? 'Nederlandse' : 'Franse'} versie: de pagina zal de lezers zeggen dat ze niet vertaald is.`,
    },
    fix: { fr: `Ajoutez ${missingFileName} dans le même dossier.`, nl: `Voeg ${missingFileName} toe in dezelfde map.` },
  }),
  translationOutdated: (sourceFile: string, since: string, changes: number): AuthorMessage => ({
    message: {
      fr: `Traduction dépassée : ${sourceFile} a changé depuis le ${since} (${changes} modification${changes > 1 ? 's' : ''}) et ce fichier pas encore.`,
      nl: `Vertaling verouderd: ${sourceFile} is sinds ${since} gewijzigd (${changes} wijziging${changes > 1 ? 'en' : ''}) en dit bestand nog niet.`,
    },
    fix: {
      fr: 'Reportez les changements dans ce fichier. Rien à traduire (une coquille) ? Mettez la date du jour dans « translationChecked », ou ajoutez « Retranslate: no » à la fin du message de commit de la correction.',
      nl: 'Neem de wijzigingen over in dit bestand. Niets te vertalen (een tikfout)? Zet de datum van vandaag in "translationChecked", of voeg "Retranslate: no" toe aan het einde van het commitbericht van de verbetering.',
    },
  }),
  pageNotReviewed: (): AuthorMessage => ({
    message: {
      fr: "Cette page n'a pas été revue depuis plus de 12 mois (date « reviewed »).",
      nl: 'Deze pagina is al meer dan 12 maanden niet nagekeken (datum "reviewed").',
    },
    fix: {
      fr: 'Relisez la page (pour la déclaration d\'accessibilité : refaites l\'évaluation), mettez-la à jour puis mettez la date du jour dans « reviewed ».',
      nl: 'Lees de pagina na (voor de toegankelijkheidsverklaring: doe de beoordeling opnieuw), werk ze bij en zet de datum van vandaag in "reviewed".',
    },
  }),
  servicesNotReviewed: (): AuthorMessage => ({
    message: {
      fr: "Le répertoire des services n'a pas été vérifié depuis plus de 12 mois.",
      nl: 'Het repertorium van diensten is al meer dan 12 maanden niet nagekeken.',
    },
    fix: {
      fr: 'Vérifiez les services listés puis mettez la date du jour dans « servicesReviewed ».',
      nl: 'Kijk de diensten na en zet de datum van vandaag in "servicesReviewed".',
    },
  }),
  monthsWithoutTheme: (
    lang: Language,
    months: readonly string[],
    folderPattern: string,
    fileName: string,
  ): AuthorMessage => ({
    message: {
      fr: `Mois sans thème de prévention en ${languageIn[lang].fr} : ${months.join(', ')}.`,
      nl: `Maanden zonder preventiethema in het ${languageIn[lang].nl}: ${months.join(', ')}.`,
    },
    fix: {
      fr: `Ajoutez un dossier ${folderPattern.replace('<month-key>', '<mois>-<thème>')} avec ${fileName} pour ces mois.`,
      nl: `Voeg voor deze maanden een map ${folderPattern.replace('<month-key>', '<maand>-<thema>')} met ${fileName} toe.`,
    },
  }),
  nextMonthWithoutTheme: (
    month: string,
    lang: Language,
    sites: readonly string[],
    folderPattern: string,
    fileName: string,
  ): AuthorMessage => ({
    message: {
      fr: `Le mois prochain (${month}) n'a pas de thème de prévention publié en ${languageIn[lang].fr} : ${sites.join(', ')} n'auront pas de thème du mois.`,
      nl: `Volgende maand (${month}) heeft geen gepubliceerd preventiethema in het ${languageIn[lang].nl}: ${sites.join(', ')} hebben dan geen thema van de maand.`,
    },
    fix: {
      fr: `Ajoutez ${folderPattern.replace('<month-key>', `${month}-<thème>`)} avec ${fileName} (sans draft: true) avant le début du mois.`,
      nl: `Voeg ${folderPattern.replace('<month-key>', `${month}-<thema>`)} met ${fileName} toe (zonder draft: true) vóór het begin van de maand.`,
    },
  }),
  zoneWithoutInitiatives: (zoneName: Bilingual, file: string): AuthorMessage => ({
    message: {
      fr: `${zoneName.fr} n'a pas d'initiatives locales pour le thème du mois.`,
      nl: `${zoneName.nl} heeft geen lokale initiatieven voor het thema van de maand.`,
    },
    fix: { fr: `Ajoutez ${file}.`, nl: `Voeg ${file} toe.` },
  }),
} satisfies Record<string, (...args: never[]) => AuthorMessage>;

/** Said once where translations cannot be compared, because the git history is not there to read. */
export const historyGapNotes: Record<HistoryGap, Bilingual> = {
  'no-git': {
    fr: 'Traductions dépassées non vérifiées : ce dossier n’a pas d’historique git.',
    nl: 'Verouderde vertalingen niet nagekeken: deze map heeft geen git-geschiedenis.',
  },
  shallow: {
    fr: 'Traductions dépassées non vérifiées : copie git partielle (shallow). Récupérez tout l’historique (git fetch --unshallow, ou fetch-depth: 0 en CI).',
    nl: 'Verouderde vertalingen niet nagekeken: onvolledige git-kopie (shallow). Haal de volledige geschiedenis op (git fetch --unshallow, of fetch-depth: 0 in CI).',
  },
};
