/**
 * A question left unanswered, as news reports it in many ways: "did not answer a specific question", "declined to
 * specify", "refused to divulge", "not addressing the details", "would not say", "had not responded". Each is folded into one word, so
 * two reports of the same silence share it whatever their verbs. What the silence is about stays in the sentence;
 * whether a sentence denies something is still read from its own words (polarity.ts).
 */

// A negation or a refusal, then a verb of answering in any of its forms.
const NON_ANSWER = new RegExp(
  String.raw`\b(?:(?:did|does|do|would|could|has|have|had)(?:\s+not|n['’]t)|will\s+not|won['’]t|(?:declin|refus)(?:e|es|ed|ing)\s+to|not|never)\s+(?:immediately\s+|directly\s+)?` +
    String.raw`(?:answer(?:s|ed|ing)?|respond(?:s|ed|ing)?|repl(?:y|ies|ied|ying)|address(?:es|ed|ing)?|specif(?:y|ies|ied|ying)|say(?:s|ing)?|said|` +
    String.raw`comment(?:s|ed|ing)?|disclos(?:e|es|ed|ing)|divulg(?:e|es|ed|ing)|explain(?:s|ed|ing)?|confirm(?:s|ed|ing)?|discuss(?:es|ed|ing)?|` +
    String.raw`elaborat(?:e|es|ed|ing)|mention(?:s|ed|ing)?)\b`,
  'gi',
);

/** The word every unanswered question becomes. */
export const NON_ANSWER_WORD = 'unanswered';

/** A sentence with each way of leaving a question unanswered written as NON_ANSWER_WORD. */
export function foldNonAnswers(sentence: string): string {
  return sentence.replace(NON_ANSWER, NON_ANSWER_WORD);
}
