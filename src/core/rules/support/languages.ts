/**
 * Language codes for the `lang` checks (html-lang-valid, valid-lang,
 * html-xml-lang-mismatch). Like axe-core, only the primary subtag (the part
 * before the first "-") is looked up.
 *
 * Sources: ISO 639-1 two-letter codes (all 184, plus the six withdrawn codes
 * in, iw, ji, jw, mo, sh that browsers and axe-core still accept) and ISO 639-2
 * three-letter codes (bibliographic and terminology forms), from the Library of
 * Congress ISO 639-2 registration authority list
 * (https://www.loc.gov/standards/iso639-2/php/code_list.php), with qaa–qtz
 * (reserved for local use) and a few widely used ISO 639-3 codes for Chinese
 * varieties.
 */

const iso6391 =
  'aa ab ae af ak am an ar as av ay az ba be bg bh bi bm bn bo br bs ca ce ch co cr cs cu cv cy da de dv dz ee el en eo es et eu ' +
  'fa ff fi fj fo fr fy ga gd gl gn gu gv ha he hi ho hr ht hu hy hz ia id ie ig ii ik io is it iu ja jv ka kg ki kj kk kl km kn ' +
  'ko kr ks ku kv kw ky la lb lg li ln lo lt lu lv mg mh mi mk ml mn mr ms mt my na nb nd ne ng nl nn no nr nv ny oc oj om or os ' +
  'pa pi pl ps pt qu rm rn ro ru rw sa sc sd se sg si sk sl sm sn so sq sr ss st su sv sw ta te tg th ti tk tl tn to tr ts tt tw ' +
  'ty ug uk ur uz ve vi vo wa wo xh yi yo za zh zu';

/** Withdrawn ISO 639-1 codes still understood by browsers (and accepted by axe-core). */
const withdrawn = 'in iw ji jw mo sh';

const iso6392 =
  'aar abk ace ach ada ady afa afh afr ain aka akk alb ale alg alt amh ang anp apa ara arc arg arm arn arp art arw asm ast ath ' +
  'aus ava ave awa aym aze bad bai bak bal bam ban baq bas bat bej bel bem ben ber bho bih bik bin bis bla bnt bod bos bra bre ' +
  'btk bua bug bul bur byn cad cai car cat cau ceb cel ces cha chb che chg chi chk chm chn cho chp chr chu chv chy cmc cnr cop ' +
  'cor cos cpe cpf cpp cre crh crp csb cus cym cze dak dan dar day del den deu dgr din div doi dra dsb dua dum dut dyu dzo efi ' +
  'egy eka ell elx eng enm epo est eus ewe ewo fan fao fas fat fij fil fin fiu fon fra fre frm fro frr frs fry ful fur gaa gay ' +
  'gba gem geo ger gez gil gla gle glg glv gmh goh gon gor got grb grc gre grn gsw guj gwi hai hat hau haw heb her hil him hin ' +
  'hit hmn hmo hrv hsb hun hup hye iba ibo ice ido iii ijo iku ile ilo ina inc ind ine inh ipk ira iro isl ita jav jbo jpn jpr ' +
  'jrb kaa kab kac kal kam kan kar kas kat kau kaw kaz kbd kha khi khm kho kik kin kir kmb kok kom kon kor kos kpe krc krl kro ' +
  'kru kua kum kur kut lad lah lam lao lat lav lez lim lin lit lol loz ltz lua lub lug lui lun luo lus mac mad mag mah mai mak ' +
  'mal man mao map mar mas may mdf mdr men mga mic min mis mkd mkh mlg mlt mnc mni mno moh mon mos mri msa mul mun mus mwl mwr ' +
  'mya myn myv nah nai nap nau nav nbl nde ndo nds nep new nia nic niu nld nno nob nog non nor nqo nso nub nwc nya nym nyn nyo ' +
  'nzi oci oji ori orm osa oss ota oto paa pag pal pam pan pap pau peo per phi phn pli pol pon por pra pro pus que raj rap rar ' +
  'roa roh rom ron rum run rup rus sad sag sah sai sal sam san sas sat scn sco sel sem sga sgn shn sid sin sio sit sla slk slo ' +
  'slv sma sme smi smj smn smo sms sna snd snk sog som son sot spa sqi srd srn srp srr ssa ssw suk sun sus sux swa swe syc syr ' +
  'tah tai tam tat tel tem ter tet tgk tgl tha tib tig tir tiv tkl tlh tli tmh tog ton tpi tsi tsn tso tuk tum tup tur tut tvl ' +
  'twi tyv udm uga uig ukr umb und urd uzb vai ven vie vol vot wak wal war was wel wen wln wol xal xho yao yap yid yor ypk zap ' +
  'zbl zen zgh zha zho znd zul zun zxx zza';

/** ISO 639-3 codes for Chinese varieties that sites use on their own (lang="yue" for Cantonese). */
const chineseVarieties = 'cmn yue nan hak wuu hsn gan cjy cdo';

let known: ReadonlySet<string> | undefined;

function knownCodes(): ReadonlySet<string> {
  known ??= new Set(`${iso6391} ${withdrawn} ${iso6392} ${chineseVarieties}`.split(' '));
  return known;
}

/** The primary subtag as axe-core reads it: trimmed, before the first "-", lower-cased. */
export function primarySubtag(value: string): string {
  return value.trim().split('-')[0].toLowerCase();
}

/** True when this primary subtag is a known language code. */
export function isLanguageCode(subtag: string): boolean {
  const code = subtag.toLowerCase();
  return knownCodes().has(code) || /^q[a-t][a-z]$/.test(code);
}

/** A language tag's shape: a 2–3 letter language, then "-"-separated parts of 1–8 letters or digits. */
const tagShape = /^[a-z]{2,3}(?:-[a-z\d]{1,8})*$/i;

export type LanguageProblem =
  /** Only spaces: screen readers get no language. */
  | { readonly kind: 'blank' }
  /** Not the shape of a language tag (`en_US`, `en GB`, `fr-`). */
  | { readonly kind: 'malformed' }
  /** The first part is not a language code (`english`, `jp`). */
  | { readonly kind: 'unknown' };

/** What is wrong with a lang / xml:lang value, or undefined when it is fine (an empty value is fine here). */
export function languageProblem(value: string): LanguageProblem | undefined {
  if (value === '') return undefined;
  const trimmed = value.trim();
  if (trimmed === '') return { kind: 'blank' };
  if (!isLanguageCode(primarySubtag(trimmed))) {
    return isLanguageCode(trimmed.split(/[-_\s]/)[0]) ? { kind: 'malformed' } : { kind: 'unknown' };
  }
  return tagShape.test(trimmed) ? undefined : { kind: 'malformed' };
}

/**
 * A correction that needs no judgement, when there is one: `en_US` → `en-US`,
 * extra spaces around the value removed.
 */
export function mechanicalCorrection(value: string): string | undefined {
  const corrected = value.trim().replace(/_/g, '-');
  if (corrected === value || corrected === '') return undefined;
  return languageProblem(corrected) === undefined ? corrected : undefined;
}

/**
 * Likely meant codes for values that are a language's English name or a
 * country code used by mistake (`jp` is Japan; Japanese is `ja`). A guess, so
 * offered but never applied by "Fix all".
 */
const likelyMeant: Readonly<Record<string, string>> = {
  english: 'en', french: 'fr', francais: 'fr', 'français': 'fr', german: 'de', deutsch: 'de', spanish: 'es', 'español': 'es',
  espanol: 'es', italian: 'it', dutch: 'nl', portuguese: 'pt', welsh: 'cy', irish: 'ga', polish: 'pl', chinese: 'zh',
  japanese: 'ja', arabic: 'ar', russian: 'ru', swedish: 'sv', danish: 'da', norwegian: 'no', finnish: 'fi', greek: 'el',
  turkish: 'tr', hindi: 'hi', urdu: 'ur', ukrainian: 'uk', czech: 'cs', korean: 'ko', vietnamese: 'vi', hebrew: 'he',
  jp: 'ja', cn: 'zh', gr: 'el', dk: 'da', ua: 'uk', cz: 'cs', kr: 'ko', vn: 'vi', us: 'en', gb: 'en', il: 'he', rs: 'sr',
  al: 'sq', ir: 'fa',
};

/** A guess at the intended tag (`english` → `en`, `jp-JP` → `ja-JP`), or undefined. */
export function likelyLanguage(value: string): string | undefined {
  const trimmed = value.trim().replace(/_/g, '-');
  const [first, ...rest] = trimmed.split('-');
  const code = likelyMeant[first.toLowerCase()];
  if (!code) return undefined;
  const suggestion = [code, ...rest].join('-');
  return languageProblem(suggestion) === undefined && suggestion.toLowerCase() !== trimmed.toLowerCase() ? suggestion : undefined;
}
