/**
 * Page furniture that extraction leaves inside an article's text: section labels, bylines, datelines and
 * time stamps, picture credits, teaser headlines. None of it is a claim, so none of it is compared or marked.
 * Each rule is named for what it recognizes and states the fact about news pages it relies on.
 */

/** Function words a title-case label or headline may still write in lower case. */
const TITLE_FUNCTION_WORDS = new Set(
  'a an the and or but nor of to in on at by for from with as vs via over into onto after amid about up out off is are was be its his her their'.split(' '),
);
/** Labels and headlines are short: a sentence of more words is prose, capitals or not. */
export const MAX_LABEL_WORDS = 16;
/** A contribution credit names a few people and the desk; a longer sentence ending in "contributed" is prose. */
const MAX_CREDIT_WORDS = 25;

const MONTH = String.raw`(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?`;
const DATE = String.raw`(?:${MONTH}\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+${MONTH}\s+\d{4}|\d{4}-\d{2}-\d{2}|\d{1,2}/\d{1,2}/\d{2,4})`;

// Compiled once: the rules run on every sentence of every article.
// A time of day before the date ("Updated: 10:15 a.m. ET, June 20, 2018"): its points end no sentence.
const CLOCK = String.raw`\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?(?:\s+[A-Z]{2,4})?,?\s*`;
const STAMPED = new RegExp(String.raw`^(?:originally\s+)?(?:published|updated|posted|last updated|first published)\b\s*:?\s*(?:${CLOCK})?[^.]{0,20}(?:${DATE}|\d+\s+(?:minutes?|hours?|days?)\s+ago)`, 'i');
// A name or two, perhaps the outlet, then a stamp: "Theo Lindahl, Northgate Herald · Published Tuesday at 3:42 p.m.".
const BYLINE_STAMP = new RegExp(
  String.raw`^(?:by\s+)?\p{Lu}[\p{L}.'’-]+(?:\s+(?:and\s+|&\s+)?\p{Lu}[\p{L}.'’-]+){1,5}(?:,\s*[^·•|]{1,60}?)?\s*[·•|—–-]\s*(?:published|updated|posted)\s*:?\s*(?:on\s+)?(?:\p{L}+day\b|${MONTH}|\d)`,
  'iu',
);
/** A picture credit names the photographer and the agency: a sentence of more words is prose or a caption. */
const MAX_PICTURE_CREDIT_WORDS = 25;
/** Words of a banner or a media label: a teaser, not a sentence of the article. */
const MAX_BANNER_WORDS = 16;
const DATE_ALONE = new RegExp(String.raw`^(?:\p{L}+day,?\s+)?${DATE}(?:,?\s+(?:at\s+)?\d{1,2}:\d{2}\s*(?:[ap]\.?m\.?)?(?:\s+[A-Z]{2,4})?)?\.?$`, 'iu');

const LABEL_WORD = /[\p{L}][\p{L}'’-]*/gu;

/** Named rules, each a test on one trimmed line or sentence; the most specific first. */
export const FURNITURE_RULES: ReadonlyArray<{ readonly name: string; readonly test: (text: string) => boolean }> = [
  {
    // A byline names the writer and the desk: "By Jane Roe", "Jane Roe, Seattle Times technology reporter",
    // "Night Editor / News".
    name: 'byline',
    test: (text) =>
      (/^(?:[-–—•]\s*)?(?:By|BY)\s/.test(text) && /^(?:By|BY)\s+\p{Lu}[\p{L}.'-]+(?:\s+\p{Lu}[\p{L}.'-]+){1,3}(?:\s*(?:,|and|&|\||—|-)\s*[^.!?]{0,60})?$/u.test(bylineOf(text))) ||
      (/^\p{Lu}/u.test(text) &&
        wordCount(text) <= 8 &&
        /\b(?:reporter|correspondent|writer|editor|columnist|contributor|staff|bureau chief)s?\s*(?:\/\s*[\p{L} ]+)?\.?$/iu.test(text) &&
        !/\b(?:I|we|he|she|they|that|who|as|is|was|are|were|said|says|told|wrote|asked)\b/.test(text)) ||
      // A byline that carries the time stamp: "Theo Lindahl, Northgate Herald · Published Tuesday ...".
      BYLINE_STAMP.test(text),
  },
  {
    // Time stamps and reading times: "Originally published June 18, 2018 at 5:50 pm", "Updated 6/19/2018",
    // "Published 3 hours ago", "4 min read".
    name: 'time stamp',
    test: (text) =>
      STAMPED.test(text) ||
      // A relative stamp alone, as a video widget or a teaser prints it: "3 years ago", "5 mins ago".
      /^\d+\s*(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?)\s+ago\.?$/i.test(text) ||
      /^\d+\s*(?:min(?:ute)?s?|-minute)\s+read$/i.test(text) ||
      DATE_ALONE.test(text),
  },
  {
    // Picture credits name an agency or photographer after a slash or "via": "(Express Photo/Jane Roe/File)",
    // "Karl Roe/Bay Area News Group via Getty Images", "Photo: Mint", "AP Photo/Jane Roe".
    name: 'picture credit',
    test: (text) =>
      // (A long sentence is not read against a pattern that backtracks over each of its words.)
      (wordCount(text) <= MAX_PICTURE_CREDIT_WORDS && /^\(?(?:[\p{L}. -]+\s)?(?:photo|image|picture|illustration|file photo)s?\s*(?::|\/|by\b)\s*[^.!?]{1,80}\)?\.?$/iu.test(text)) ||
      (/^\(?[\p{Lu}][\p{L}. -]{1,60}\/[\p{L}. /-]{1,80}(?:\s+via\s+[\p{L} ]{2,40})?\)?\.?$/u.test(text) && mostlyCapitalized(text)) ||
      (wordCount(text) <= 12 && /\bvia\s+(?:Getty Images|Reuters|AP|AFP|Shutterstock|Bloomberg)\)?\.?$/.test(text)) ||
      // A caption that ends in its credit ("Satya Nadella (Image credit: Windows Central)"), or a caption's label
      // alone ("Media caption,").
      (wordCount(text) <= 12 && /\((?:image|photo|picture|video|graphic)\s*(?:credit|courtesy|source)?\s*:\s*[^)]{1,80}\)\.?$/i.test(text)) ||
      /^(?:media|image|video|photo) caption\s*[,:]?$/i.test(text) ||
      // A wire photo's caption: "In this Nov. 26, 2018, file photo, a lineman works ...", "In this photo taken ...".
      /^in this\b.{0,40}?\b(?:file )?(?:photo|image|picture)(?:graph)?(?:,|\s+(?:taken|released|provided|made|shot|obtained|from)\b)/i.test(text),
  },
  {
    // Pieces of a page's template left in its text: a placeholder ("{mosads}") or a class name ("lightbox-info").
    name: 'markup debris',
    test: (text) => /^\{\{?\s*[\w.-]+\s*\}\}?$/.test(text) || /^[a-z]+(?:[-_][a-z0-9]+)+$/.test(text),
  },
  {
    // Notes about the page, not the story: "This story has been updated with ...", "Last modified on Tue 19 Jun
    // 2018", "Editor's note: ...", "Updated 3:45 p.m. ET".
    name: 'update note',
    test: (text) =>
      /^(?:this (?:story|article|post|report|piece) (?:has been|was|is being) updated|updated\s+(?:at\s+)?\d{1,2}[:.]\d{2}|last (?:modified|updated) on\b|first published on\b|editor['’]s note\b)/i.test(text),
  },
  {
    // Alert banners news sites set over a teaser: "BREAKING NEWS: Storm hits coast", "Live updates: ...".
    name: 'alert banner',
    test: (text) =>
      /^(?:breaking(?:\s+news)?|developing(?:\s+story)?|just\s+in|(?:news\s+)?alert|live(?:\s+updates?|\s+blog)?)\s*[:|—–]/i.test(text) && wordCount(text) <= MAX_BANNER_WORDS,
  },
  {
    // Labels of a video, audio or gallery set in the article ("▶ Video: ...", "WATCH: ..."), a player's prompt
    // ("Listen to this article"), and a video's caption ending in its running time ("Watch scenes of ... 0:55").
    name: 'media label',
    test: (text) => isMediaLabel(text),
  },
  {
    // A headline of another article set in this one, marked in capitals: "RELATED U.N., Amnesty: ...".
    name: 'teaser',
    test: (text) => /^(?:RELATED|READ MORE|SEE ALSO|ALSO READ|MORE ON THIS)\b(?:\s*[:|]|\s+[\p{Lu}\d"“‘'])/u.test(text),
  },
  {
    // The signature of an embedded post, on a line of its own: "#Brexit — Donald Tusk (@eucopresident) March 29, 2019".
    name: 'post signature',
    test: (text) => /^(?:(?:#\w+|https?:\/\/\S+|pic\.twitter\.com\/\S+)\s*)*[—–-]+\s*[^()]{1,60}\(@\w{1,30}\)\s+\p{L}+\.?\s+\d{1,2},\s+\d{4}$/u.test(text),
  },
  {
    // A shop's or a review site's notice about its links: "We may receive compensation when you click on links".
    name: 'affiliate disclosure',
    test: (text) => /^(?:we|this site|this (?:article|post|page)) (?:may )?(?:receive|earn|get)s? (?:a )?(?:small )?(?:compensation|commission|affiliate commission)\b/i.test(text),
  },
  {
    // A syndicated piece says where it first ran: "This article originally appeared on The Atlantic."
    name: 'republication note',
    test: (text) => /^this (?:article|story|piece|post|essay) (?:was )?(?:originally|first) (?:appeared|published|ran|posted)\b/i.test(text),
  },
  {
    // How to reach or follow the writer: "Follow him on Twitter @jroe or email him at ...", "Contact the author at".
    name: 'contact line',
    test: (text) =>
      /^(?:contact|email|e-mail|reach) (?:the (?:author|reporter|writer)s?|him|her|them|us|me)\b/i.test(text) ||
      /^follow (?:him|her|them|us|me|the author|\p{Lu}\p{L}+(?: \p{Lu}\p{L}+)?) on (?:twitter|x|facebook|instagram|linkedin|threads|mastodon|bluesky)\b/iu.test(text),
  },
  {
    // Rights notices: "Copyright 2018 The Associated Press. All rights reserved.", "This material may not be
    // published, broadcast, rewritten or redistributed."
    name: 'rights notice',
    test: (text) =>
      /^(?:copyright|©|\(c\))\s*(?:©\s*)?\d{4}\b/i.test(text) ||
      /^all rights reserved\.?$/i.test(text) ||
      /^this material may not be published, broadcast, rewritten,? or redistributed/i.test(text),
  },
  {
    // Who helped with the report, at its end: "Heba Habib contributed to this report.", "Reuters contributed reporting."
    name: 'contribution credit',
    test: (text) => wordCount(text) <= MAX_CREDIT_WORDS && /\bcontributed(?: reporting)?(?: to this (?:report|story|article))?\.?$/i.test(text),
  },
  {
    // The writer's bio: "Jane Roe is a Metro reporter covering ...", "Jo Kim is an NBC News freelance producer".
    name: 'author bio',
    test: (text) =>
      /^\p{Lu}[\p{L}.'’-]+(?: \p{Lu}[\p{L}.'’-]+){1,3} (?:is|was) (?:a|an|the) [\p{L}\s,-]{0,60}\b(?:reporter|writer|editor|correspondent|columnist|contributor|journalist|producer)\b/u.test(text) &&
      wordCount(text) <= MAX_LABEL_WORDS * 2,
  },
  {
    // Prompts to click or read on: "Click here for the second half of this story.", "Read more about it here."
    name: 'call to action',
    test: (text) => /^(?:click|tap) here\b/i.test(text) || /^(?:read|see|watch) (?:the full|more|our)\b.{0,80}\b(?:here|below)\.?$/i.test(text),
  },
  {
    // A publisher's appeal for readers' money, set between a report's paragraphs: "Your support helps us to tell
    // the story", "Your donation allows us to keep sending journalists", "Support independent journalism today",
    // "Will you support us?", "We have a small favour to ask", "Become a member".
    name: 'reader appeal',
    test: (text) =>
      /^your (?:support|donations?|contributions?|gifts?|subscriptions?|membership) (?:helps?|makes?|allows?|enables?|keeps?|means?|funds?|powers?)\b/i.test(text) ||
      /^(?:please |will you |)(?:consider |)(?:support|donate to|fund|subscribe to)(?:ing)? (?:us|our (?:journalism|reporting|work|newsroom)|(?:independent|quality|local|public[- ]interest) (?:journalism|reporting|news))\b/i.test(text) ||
      /^(?:we have a small favou?r to ask|become a (?:member|subscriber|supporter|patron)|(?:subscribe|donate|give) (?:now|today)\b)/i.test(text),
  },
  {
    // Section labels, names, teaser and related-story headlines are written in title case; a claim is a sentence
    // with lower-case words in it ("Microsoft", "The New York Times.", "Salesforce Workers Urge CEO to Rethink").
    name: 'title-case label',
    test: (text) => {
      // Read word by word, stopping at the first that rules it out: most sentences are prose, and long.
      let count = 0;
      LABEL_WORD.lastIndex = 0;
      for (let m = LABEL_WORD.exec(text); m !== null; m = LABEL_WORD.exec(text)) {
        const w = m[0];
        if (++count > MAX_LABEL_WORDS) return false;
        if (!(/^\p{Lu}/u.test(w) || /\d/.test(w) || TITLE_FUNCTION_WORDS.has(w.toLowerCase()))) return false;
      }
      return count > 0;
    },
  },
];

/** A line as a byline reads without its list mark and the desk's address ("- BY ANN LI Political Editor news@example.ie"). */
function bylineOf(text: string): string {
  return text.replace(/^[-–—•]\s*/, '').replace(/\s+[\w.+-]+@[\w-]+(?:\.[\w-]+)+$/, '');
}

/** Words of a trimmed line (runs of spaces between them), counted without splitting it. */
function wordCount(text: string): number {
  // Several rules ask in turn about the same line.
  if (text === counted.text) return counted.words;
  let n = text.length > 0 ? 1 : 0;
  for (let i = 1; i < text.length; i++) if (isSpace(text.charCodeAt(i)) && !isSpace(text.charCodeAt(i - 1))) n++;
  counted.text = text;
  counted.words = n;
  return n;
}

const counted = { text: '', words: 0 };

function isSpace(code: number): boolean {
  // What `\s` matches.
  if (code <= 0xa0) return code === 0x20 || (code >= 0x09 && code <= 0x0d) || code === 0xa0;
  return code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}

/** Whether most words of a short text are capitalized, as names of people and agencies in a credit are. */
function mostlyCapitalized(text: string): boolean {
  const words = text.match(/[\p{L}][\p{L}'’-]*/gu) ?? [];
  return words.length <= 10 && words.filter((w) => /^\p{Lu}/u.test(w)).length >= 0.6 * words.length;
}

/** Whether a trimmed line is a media label (the `media label` rule), read alone for a whole block. */
export function isMediaLabel(text: string): boolean {
  return (
    /^[▶►▷⏵]/u.test(text) ||
    // A running time alone, printed under a video or an audio clip: "0:55", "1:02:33".
    /^\d{1,2}(?::\d{2}){1,2}$/.test(text) ||
    (/^(?:video|watch|listen|audio|podcast|gallery|photos|slideshow|in pictures)\s*[:|—–]/i.test(text) && wordCount(text) <= MAX_BANNER_WORDS) ||
    /^listen to (?:this|the) (?:article|story)\b/i.test(text) ||
    /^watch\b.{0,200}[.!?]\s+\d{1,2}:\d{2}$/i.test(text)
  );
}

/** The name of the furniture rule a line or sentence matches, or null when it may be a claim. */
export function furnitureKind(text: string): string | null {
  const trimmed = text.trim();
  for (const rule of FURNITURE_RULES) if (rule.test(trimmed)) return rule.name;
  return null;
}
