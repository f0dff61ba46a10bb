// The scenarios both browsers' end-to-end tests run (tests/e2e/chromium.test.ts and firefox.test.ts), each as one
// table here: a page added to a table is checked in Chromium and in Firefox alike.

/** The bundled story's three reports, laid out like news sites: marked, with a badge, cards and a popup. */
export const ARTICLES = ['seattletimes-article', 'motherboard-article', 'mashable-article'] as const;

/** Pages whose title and address name none of a story's key names (lib/tab-gate.ts): they get no script at all. */
export const NAMELESS = ['google-maven-article', 'salesforce-cbp-article', 'family-separation-article', 'amazon-rekognition-article'] as const;

/** Pages about other stories, and a page that is not an article: left byte-for-byte unchanged, with no badge. */
export const OTHER_PAGES = [...NAMELESS, 'microsoft-github-article', 'non-article-page'] as const;

/** A page that mentions the story without reporting it: no marks, no badge; the popup says which story, why and where. */
export interface MentionScenario {
  readonly what: string;
  readonly slug: string;
  /** Why it is not taken for a report (StoryMentions.reason). */
  readonly reason: string;
  /** What the popup says about it. */
  readonly says: RegExp;
  /** A sentence of the page the popup quotes. */
  readonly sentence: string;
}

/** The pages that only mention the story. */
export const MENTIONS: readonly MentionScenario[] = [
  { what: 'a page about a later event that recalls the story', slug: 'later-event-article', reason: 'date', says: /This page mentions a story/, sentence: 'more than 100 Microsoft employees' },
  { what: 'a page about another company\'s letter the same week', slug: 'amazon-letter-article', reason: 'headline-names', says: /its headline puts forward names the story’s sources never use/, sentence: 'Microsoft employees asked their own chief executive' },
];
