import type { StoryMentions } from '../core/result.ts';

/** Why a page that mentions a story is not taken for a report of it, in a reader's words. */
const REASONS: Readonly<Record<StoryMentions['reason'], string>> = {
  date: "it was published well outside the days the story's sources cover, so it reports a later or earlier event",
  'later-year': 'it speaks of a year after the story, so it reports a later event',
  'headline-names': 'its headline puts forward names the story’s sources never use, so it is about something else',
  uncorroborated: 'it shares the story’s words, but neither a date nor a quotation of its sources places it in the story’s days, so it may report a later event',
  weak: 'it shares too little of the story to be a report of it',
};

/** The popup's note on a page that mentions a bundled story without reporting it: which story, why, and where. */
export function MentionsNotice({ mentions }: { readonly mentions: StoryMentions }) {
  return (
    <section class="tri-mentions" aria-label="This page mentions a story">
      <p>
        This page mentions <strong>{mentions.title}</strong>, but it is not marked: {REASONS[mentions.reason]}.
      </p>
      <p>Where it reports what the story’s sources report:</p>
      <ul>
        {mentions.sentences.map((sentence, i) => (
          <li key={i}>{sentence}</li>
        ))}
      </ul>
    </section>
  );
}
