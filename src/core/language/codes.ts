import { isTag, type Element } from 'domhandler';
import type { HtmlPage } from '../html/parse';
import { isTemplateValue } from '../templates/templateCode';
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
  english: 'en',
  french: 'fr',
  francais: 'fr',
  français: 'fr',
  german: 'de',
  deutsch: 'de',
  spanish: 'es',
  español: 'es',
  espanol: 'es',
  italian: 'it',
  dutch: 'nl',
  portuguese: 'pt',
  welsh: 'cy',
  irish: 'ga',
  polish: 'pl',
  chinese: 'zh',
  japanese: 'ja',
  arabic: 'ar',
  russian: 'ru',
  swedish: 'sv',
  danish: 'da',
  norwegian: 'no',
  finnish: 'fi',
  greek: 'el',
  turkish: 'tr',
  hindi: 'hi',
  urdu: 'ur',
  ukrainian: 'uk',
  czech: 'cs',
  korean: 'ko',
  vietnamese: 'vi',
  hebrew: 'he',
  jp: 'ja',
  cn: 'zh',
  gr: 'el',
  dk: 'da',
  ua: 'uk',
  cz: 'cs',
  kr: 'ko',
  vn: 'vi',
  us: 'en',
  gb: 'en',
  il: 'he',
  rs: 'sr',
  al: 'sq',
  ir: 'fa',
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

/**
 * axe-core's list of valid primary language subtags (axe-core 4.14.1,
 * lib/core/utils/valid-langs.js, the list Lighthouse's hreflang audit uses
 * through third-party/axe/valid-langs.js): the ISO 639-1 two-letter codes, and
 * the three-letter ISO 639 codes as a bitmap over aaa…zzz (base64).
 */
const twoLetterLanguages = new Set(
  'aa ab ae af ak am an ar as av ay az ba be bg bh bi bm bn bo br bs ca ce ch co cr cs cu cv cy da de dv dz ee el en eo es et eu fa ff fi fj fo fr fy ga gd gl gn gu gv ha he hi ho hr ht hu hy hz ia id ie ig ii ik in io is it iu iw ja ji jv jw ka kg ki kj kk kl km kn ko kr ks ku kv kw ky la lb lg li ln lo lt lu lv mg mh mi mk ml mn mo mr ms mt my na nb nd ne ng nl nn no nr nv ny oc oj om or os pa pi pl ps pt qu rm rn ro ru rw sa sc sd se sg sh si sk sl sm sn so sq sr ss st su sv sw ta te tg th ti tk tl tn to tr ts tt tw ty ug uk ur uz ve vi vo wa wo xh yi yo za zh zu'.split(
    ' ',
  ),
);
const threeLetterBitmap =
  '//39/u//v9v7//769x88V2+Xc/j///9wvwP//88FhXLp//1/////d//////////j6f///028Cnq+/////v/3/////98r9PHwXeefFAcg3+2fP8kh+L/u////////f/////9//f////d/////////57//////7/////+//////9////P/+3/////+///7///3///9////f9/////+///f///f+////v//////93+//dWtf0D/nMFDLAglQQBQRACAu//yn7RCRdabNIj3e+cXV1V9Dhw3f/Pvn/9dOGUIABC8/7////9/Nz7Hx9//AYEAsAWAACAAAANAAACSIdD/ff/e/l4EAAJkjRnB33siAAAA323eJuXZ8/7//c+fFEEMhgDRAPDHZ1/WmV637e8DAAIAAADAd9pXkm0BLtZ79P9/fwAAAAEMVgMAALAUJ1EWCgABAAAQEUkAAGAQAAAAEAAARAQAEIAFGAAABQCAKAQAAFDVLRBkNSRT9dW/4s0DAIAAQAAAAAAABBc5Ad1XmSGYpwgAAUCCAAAABAAAAAIBQABEAACw/qs5AAIAAAAEAAAAAAAgAEAEAAAAAgAAABCDqAUAAAAABCAEpggEAAiBUAAACDGGQAAAAABAAAP1AxAIBAAAAOA7sxMAgAARAAAAAAAAAAAAAAAA///////fz4OiwP/fJ+8f5QMQILLFpkUlmwPf+d8D1EiQAQ6B45NU2zjzf/9t+f//fwQIAAEhEjxf/Q+FT0RAAAT//f/W6Bv0N6MNAAAge3kCB4QA8P9//gAYBIEAAACAEJQcAQAAAAAAEEAABAi0/qUMQAAAkSQEbABg8P/7f/YcBZ/fbgMAEQAAAEAFtbaCKAQABFHi//0/BQkIBUAAAAAAEAAADAAAAAChAmznSBSIIMBHgAcAAADMUEAkhUeEQCAQACACUIgRANns7lA3HRFpDlnrMwgAIAVAEAAAAFBElknWXaeDR5f7ABAACACAAEBFAAECAAFAgABGCPjr9znEnRYAAAwEASAg3aIBAAAAEkQAAAQQ8J2VEwSAAAHQFkAAEPCQYkzSAgFKAEYEAAgCACDAAIAGAAgAAAAA8NjvFQIIAAABAAAAABABABAAAAD/1+P9//////9////+////////////3//7///b/f////7//////////////f/f/9z///////////77//////////7//f/////////v/////////////3v93d//vJgFLP8H8P//fwAIAMN9HwbmcvD/fH9EIjCfex79/1fy/z//8h6V9///R4ABAgAgQFWfit/5bhGHUdD7/3dAAwXRWFwAQAAQBAIAIAqAe7f9/v7////////v////f/////////////f//99///9/////7/+9///7////33/9//f///f////7/+///////3/f/7/v9////////////v//f////////P/9f///n77//v9/938CggT/////1+////f/4p7n//f/Vv3N///////v//3/fQ+nUQbEl9Bdr6b//f9jXVv///8/IBQAV1HCZfVN4v//30KFxQUEIgB0aRAIBUEAAQYAAAAAAFFgBQQBAAAGESAAGAGS8f1nawaVBlft+02de4MEYkAAFUIAAABUg/lfEI7JRt/3EzEAIAAAAJAAAAAAAAoQAAFAAPDf/b99vs//v0IUhGGw/116BAIASS0UJ//t8b/vPwAAAsfgHvy7//379/33///89e1H9H8QAQHEf//33flfBYbv9Xe9PQAAAENxQgBAAAABQxkkCAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO+951fuE10JwUAh+hcBgAAAAADw/v+/ACMAIAAACAAAMLXjEAAAABEkFgABAjCDowFQAAGDEUgAAADw3///EqoQf9hSAIAgAAAAAEAUAgI9QBBCEGFfnDEAAAABXAIgAAABAEIBIAAAv9//////P9/ez73/r///f0tAEPH97/33///73/9/8Xvxf/9//+7377//2//f//1+v1f/b4F2n9z3/f////v+/19XX+9fUBhi/v+fFZ8VD33GfaGS9fd+///////93f///fZf/z9AmAL/4//z9v7f/99/0D4Ve7z/vv//9///93////7f99f97y+Av8X/////n//////9v99/Rh93//jbXc99Frnqe6AeIAAwAgQkSAQAAEDUBgQAAAQABAAwCQZQAAgAAAAkAAQAENxY100PVE/xFmTVSgpAAgBAAAgAAADc/+sfWEhBJKAEADASQCIAEAAAAAAAAAEAAACAEBC/b5MAAQAAAAAAAADAgC0AAAAAAAAKAAAAwIbCAgABAAH/GAIAEvD/eT8AJQAAAAoAAAAAAABAABADACkgAAABAACDAAAAAAEAAAAAAAAAAAAAAAD////Pfr4REAAAkgFGzfFeAAEAMBQEVRABBPY/egUEALCAIFV1l33fccx41UP1V2cUAQAAAAAALPfbH1Rgg2gFEIs4ugEAADAAJEQAABADMQIBAADw9f/X17xw1nh6FVAFpITpQQAAAGs5UnRA6DCQapIAAAL/7/9/hVP07///8t3HTPVC/P//HwCAwFbMFp/7N33v/72krwFEGAFdTkoIUCgw4IAQICQA////b/4BBogqQBYBARUrPgEAABCQaUUCAgHhv78DAAAQ3KfRVJ5E3/2PbrNVINTD2DA9gAAAAEz0EcWEb1AAIlB/v9sHACAQhLJFEAZEAAASAhEA8P/9fwUCFokAAAAIABAMAwAAAACDMAIohAAzwCMkAAAAy+Q6RshU8f//fxYBAYRQB/z//w8BAEAQOAEBHBJA4XYWCAMQAAAAAQAAAAAAIiQKQIAAAA==';
let threeLetterBits: Uint8Array | undefined;

/** True when the (lower-case) primary language subtag is one axe-core and Lighthouse know. */
export function isKnownLanguage(code: string): boolean {
  if (!/^[a-z]{2,3}$/.test(code)) return false;
  if (code.length === 2) return twoLetterLanguages.has(code);
  if (!threeLetterBits) {
    const binary = atob(threeLetterBitmap);
    threeLetterBits = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i++) threeLetterBits[i] = binary.charCodeAt(i);
  }
  const index = ((code.charCodeAt(0) - 97) * 26 + (code.charCodeAt(1) - 97)) * 26 + (code.charCodeAt(2) - 97);
  return (threeLetterBits[index >> 3] & (1 << (index & 7))) !== 0;
}

/** The language at an element: the nearest `lang` (or `xml:lang`) up the tree, primary subtag, lower case. */
export function languageAt(page: HtmlPage, element: Element): string {
  let node: Element | null = element;
  while (node) {
    const lang = (node.attribs['lang'] ?? node.attribs['xml:lang'])?.trim().toLowerCase();
    // A language written by template code is unknown: look further up, as if it were not set.
    if (lang && !isTemplateValue(lang)) return lang.split(/[-_]/)[0];
    node = node.parent && isTag(node.parent) ? node.parent : null;
  }
  return page.language?.split(/[-_]/)[0] ?? '';
}
