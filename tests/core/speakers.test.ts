// Covers quote attribution (core/claims/speakers.ts through extractClaims) and the compatibleSpeakers rules.
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../core/claims/extract.ts';
import { compatibleSpeakers, differentNamedPersons, type Speaker, type SpeakerKind } from '../../core/claims/speakers.ts';
import { termOf } from '../../core/text/tokens.ts';

/** Every quotation of a text with the name and kind of its speaker (null when none was found). */
function attributions(text: string): Array<[quote: string, speaker: string | null, kind: SpeakerKind | null]> {
  return extractClaims(text).claims.flatMap((c) => c.quotes.map((q) => [q.text, q.speaker?.name ?? null, q.speaker?.kind ?? null] as [string, string | null, SpeakerKind | null]));
}

/** The speaker of the first quotation of a text. */
function speakerOf(text: string): Speaker {
  const speaker = extractClaims(text).claims.find((c) => c.quotes.length > 0)?.quotes[0]?.speaker;
  if (!speaker) throw new Error(`no speaker found in: ${text}`);
  return speaker;
}

const LINE = 'We will keep listening to our people and our customers';

describe('extractClaims: speaker after the quotation', () => {
  it.each([
    ['a person named earlier in full', `Jane Doe leads the company.\n"${LINE}," Doe wrote.`, 'Doe', 'person'],
    ['a full name', `"${LINE}," Jane Doe wrote.`, 'Jane Doe', 'person'],
    ['a document', `"${LINE}," the letter reads.`, 'the letter', 'document'],
    ['a blog post', `"${LINE}," reads the blog post.`, 'the blog post', 'document'],
    ['a verb-first attribution with a relative clause', `"${LINE}," said one employee who signed the letter.`, 'one employee', 'group'],
    ['a group with a trailing phrase', `"${LINE}," the employees said in the letter.`, 'the employees', 'group'],
    ['a spokesperson', `"${LINE}," a spokesperson wrote in an email.`, 'a spokesperson', 'organization'],
    ['a named organization', `"${LINE}," Acme Corp said.`, 'Acme Corp', 'organization'],
    ['a generic organization with a time word', `"${LINE}," the company told reporters on Monday.`, 'the company', 'organization'],
    // What two commas set off between subject and verb is not the subject: an appositive, an age, a clause.
    ['a subject past an appositive', `Northwind, under fire for its layoffs, says "${LINE}."`, 'Northwind', 'organization'],
    ['a subject past an age', `Jane Doe, 54, said "${LINE}."`, 'Jane Doe', 'person'],
    // An adverb after a pronoun ("It also said") or a subordinator before a name ("where Northwind said") is
    // not part of the speaker.
    ['a name after a subordinator', `The memo went to pilots, where Northwind said it was "${LINE}."`, 'Northwind', 'organization'],
    ['an organization named after a description', `"${LINE}," the advocacy group Riverside Tenants Coalition wrote.`, 'the advocacy group Riverside Tenants Coalition', 'organization'],
    ['a subject after "But"', `But the company said in a statement: "${LINE}."`, 'the company', 'organization'],
    // Less common verbs of speech: "concluded", "stressed", "cautioned".
    ['a colon after "concluded"', `Jane Doe, the chief executive, concluded: "${LINE}."`, 'Jane Doe', 'person'],
    ['"cautioned" after the quotation', `"${LINE}," Acme Corp cautioned.`, 'Acme Corp', 'organization'],
    // An "-ed" word after a determiner describes the noun ("An undated letter"): the subject runs past it.
    ['a subject with an "-ed" adjective', `An undated letter signed by pilots reached the board, saying "${LINE}."`, 'An undated letter', 'document'],
    // A name right before a participle, no comma between, is who speaks ("... was Northwind saying ...").
    ['a name before a participle', `What drew anger online was Northwind saying it was "${LINE}" in its memo.`, 'Northwind', 'organization'],
    // A role before a name ("chief executive Dana Okafor", "Acme CEO Jane Doe") still names that person.
    ['a role before a full name', `"${LINE}," chief executive Jane Doe wrote in a memo.`, 'chief executive Jane Doe', 'person'],
    // "While Northwind ..." opens a sentence: it does not make Northwind a person's surname.
    ['an organization named after a sentence opener', `While Northwind grew, it kept its plants. "${LINE}," Northwind said.`, 'Northwind', 'organization'],
    // What follows a quote from a preposition on continues the sentence: the speaker is the one before.
    ['a subject before a quote followed by a phrase and a verb', `The company said it was "${LINE}" by the ruling and called on Congress to act.`, 'The company', 'organization'],
  ])('%s', (_name, text, speaker, kind) => {
    expect(attributions(text)).toEqual([[LINE, speaker, kind]]);
  });
});

describe('extractClaims: speaker before the quotation', () => {
  it.each([
    ['a name set off after a role', 'The union general secretary, Dana Okafor, described the offer as "a step forward."', 'a step forward', 'Dana Okafor', 'person'],
    ['a role set off after a name', 'Dana Okafor, the union general secretary, called the offer "a step forward."', 'a step forward', 'Dana Okafor', 'person'],
    ['said it was "…"', 'Acme Corp said it was "dismayed" by the ruling.', 'dismayed', 'Acme Corp', 'organization'],
    [
      'a leading phrase and an appositive clause',
      'In a statement, Acme Corp, which works with the agency, said it was "dismayed" by the separations.',
      'dismayed',
      'Acme Corp',
      'organization',
    ],
    [
      'said in a statement that …',
      'The union said in a statement that it was "deeply troubled by the decision to close the plant."',
      'deeply troubled by the decision to close the plant',
      'The union',
      'group',
    ],
    [
      'a participle: calling … "…"',
      'Jane Doe sent an email to all staff, calling the new rules "cruel and abusive."',
      'cruel and abusive',
      'Jane Doe',
      'person',
    ],
    [
      'a passive agent: described as "…" by …',
      'The policy has been described as "unconscionable" by the United Nations.',
      'unconscionable',
      'the United Nations',
      'organization',
    ],
    [
      'a passive agent whose sentence goes on after a dash',
      'Critics joined the outcry against the plan, which was called "reckless" by the European Commission — and now the council has paused it.',
      'reckless',
      'the European Commission',
      'organization',
    ],
  ])('%s', (_name, text, quote, speaker, kind) => {
    expect(attributions(text)).toEqual([[quote, speaker, kind]]);
  });

  it('takes no described thing for a speaker when a passive names no agent', () => {
    // A relative clause before "described as" is about what is described: "which has been" is nobody.
    expect(attributions('Fans booed the decision, which has been described as "a disgrace" in the weeks since.')).toEqual([
      ['a disgrace', null, null],
    ]);
  });

  it('gives no speaker when the sentence names none', () => {
    expect(attributions('Critics have a name for the plan: "a cruel experiment on families."')).toEqual([
      ['a cruel experiment on families', null, null],
    ]);
  });
});

describe('extractClaims: speakers carried over from earlier sentences', () => {
  it('resolves "he wrote" to the last person quoted, across paragraphs', () => {
    const text = `"The plan covers email and calendars for every office," Jane Doe wrote.\n\n"${LINE}," he wrote.`;
    expect(attributions(text).map(([, speaker, kind]) => [speaker, kind])).toEqual([
      ['Jane Doe', 'person'],
      ['Jane Doe', 'person'],
    ]);
  });

  it('resolves "he wrote" to a person quoted through a participle', () => {
    const text = `Jane Doe sent an email to all staff, calling the new rules "cruel and abusive." "${LINE}," he wrote.`;
    expect(attributions(text).map(([, speaker]) => speaker)).toEqual(['Jane Doe', 'Jane Doe']);
  });

  it('resolves "she wrote" past an organization quoted in between, to the last person', () => {
    const text = `"The plan covers email and calendars," Jane Doe wrote. "We are reviewing the contract," Acme Corp said. "${LINE}," she wrote.`;
    expect(attributions(text).map(([, speaker]) => speaker)).toEqual(['Jane Doe', 'Acme Corp', 'Jane Doe']);
  });

  it('resolves "she added" to the spokeswoman quoted last, not to a person named earlier', () => {
    const text = `Staff met Jane Doe on Monday.\n"We listen to our people," a Northwind spokeswoman said.\n"${LINE}," she added.`;
    expect(attributions(text)[1]).toEqual([LINE, 'a Northwind spokeswoman', 'organization']);
  });

  it('resolves "It also said" to the last speaker: the adverb is not part of the pronoun', () => {
    const found = attributions(`"Routes will change," Northwind said. It also said it was "${LINE}."`);
    expect(found[1]).toEqual([LINE, 'Northwind', 'organization']);
  });

  it('resolves "it added" to the last speaker, even when that is not a person', () => {
    const text = `"We have supported families for over twenty years in many countries," a spokesperson wrote. "${LINE}," it added.`;
    expect(attributions(text).map(([, speaker]) => speaker)).toEqual(['a spokesperson', 'a spokesperson']);
  });

  it('gives a whole-sentence quotation the speaker of its paragraph', () => {
    const text = `"We have supported families for over twenty years," Jane Doe said. "${LINE}."`;
    expect(attributions(text)).toEqual([
      ['We have supported families for over twenty years', 'Jane Doe', 'person'],
      [LINE, 'Jane Doe', 'person'],
    ]);
  });

  it('does not carry a paragraph speaker into the next paragraph', () => {
    const text = `"We have supported families for over twenty years," Jane Doe said.\n\n"${LINE}."`;
    expect(attributions(text)[1]).toEqual([LINE, null, null]);
  });
});

describe('extractClaims: surnames that are also calendar words', () => {
  // Prime ministers, guitarists and senators are named May, June or August: after a first name, the word is a surname.
  it('reads "May said" as a person when the article names Theresa May, and "she said" as her', () => {
    const text = `Prime Minister Theresa May lost the vote on Tuesday.\n\n"${LINE}," May said.\n\n"We will talk to every party," she said.`;
    expect(attributions(text).map(([, speaker, kind]) => [speaker, kind])).toEqual([
      ['May', 'person'],
      ['May', 'person'],
    ]);
  });

  it('reads "May" as no person where the article names nobody so, nor after a weekday or an opening word', () => {
    const text = `Sales rose on Tuesday May 15 and again In May Quarter.\n\n"${LINE}," May said.`;
    expect(attributions(text)[0]).toEqual([LINE, 'May', 'organization']);
  });
});

describe('extractClaims: claim kind and main speaker', () => {
  it('makes a sentence with a quoted phrase a quote claim carrying its speaker', () => {
    const [claim] = extractClaims(`"${LINE}," the letter reads.`).claims;
    expect(claim?.kind).toBe('quote');
    expect(claim?.speaker?.name).toBe('the letter');
  });

  it('does not make a scare-quoted word a quote claim, but keeps who used it', () => {
    const [claim] = extractClaims('Acme Corp said it was "dismayed" by the ruling.').claims;
    expect(claim?.kind).toBe('statement');
    expect(claim?.speaker?.name).toBe('Acme Corp');
  });
});

describe('compatibleSpeakers', () => {
  const say = (who: string) => speakerOf(`"We are here to stay and fight for this," ${who} said.`);
  const said = (who: string) => speakerOf(`"We are here to stay and fight for this," said ${who}.`);

  it.each<[string, () => Speaker | null, () => Speaker | null, boolean]>([
    ['a letter and a person', () => say('the letter'), () => say('Satya Nadella'), true],
    ['a letter and an organization', () => say('the letter'), () => say('Microsoft'), true],
    ['a statement and a group', () => say('the statement'), () => say('the employees'), true],
    ['the company and a named organization', () => say('the company'), () => say('Microsoft'), true],
    ['a sentence-initial "The tech company" and a named organization', () => speakerOf(`The tech company said "${LINE}."`), () => say('Microsoft'), true],
    ['a spokesperson and a named organization', () => say('a spokesperson'), () => say('Microsoft'), true],
    ['the same person, by full name and by surname', () => say('Satya Nadella'), () => say('Nadella'), true],
    ['the same group, with different determiners', () => say('the employees'), () => say('some employees'), true],
    ['a group of employees and one employee', () => say('the employees'), () => said('one employee who signed the letter'), true],
    ['an unknown speaker and anyone', () => null, () => say('Brad Smith'), true],
    ['two different persons', () => say('Satya Nadella'), () => say('Brad Smith'), false],
    ['two different named organizations', () => say('Microsoft'), () => say('Google'), false],
    ['two spokespeople of one named organization', () => say('a Northwind spokeswoman'), () => say('a Northwind representative'), true],
    ['a named organization and its spokesperson', () => say('Northwind'), () => say('a Northwind spokesperson'), true],
    ['spokespeople of two organizations', () => say('a Northwind spokeswoman'), () => say('a Contoso representative'), false],
    ['a person named by a role and a person named by name', () => say('the Ohio-born CEO'), () => say('Dana Okafor'), true],
    ['a role and a group', () => say('the chief executive'), () => say('the employees'), false],
    ['a person and a named organization', () => say('Brad Smith'), () => say('Google'), false],
    ['a group and a person', () => say('the employees'), () => say('Brad Smith'), false],
    // "she said" is read as the last person quoted, who is not always the one meant (here the mayor, not the union leader).
    ['a person read from "she" and another person', () => speakerOf(`Mayor Ana Ruiz said talks would resume. Union leader Dana Okafor spoke next. "${LINE}," she said.`), () => say('Dana Okafor'), true],
  ])('%s → %s', (_name, a, b, expected) => {
    const [x, y] = [a(), b()];
    expect(compatibleSpeakers(x, y)).toBe(expected);
    expect(compatibleSpeakers(y, x)).toBe(expected);
  });

  it('keys a group by its stemmed noun, so "employees" and "employee" agree', () => {
    expect(say('the employees').key).toBe(termOf('employee'));
  });
});

describe('differentNamedPersons', () => {
  const person = (name: string, key: string): Speaker => ({ name, key, kind: 'person' });
  it.each<[string, Speaker, Speaker, boolean]>([
    ['two people named', person('Jane Doe', 'doe'), person('John Roe', 'roe'), true],
    ['the same person twice', person('Jane Doe', 'doe'), person('Doe', 'doe'), false],
    ['a person and a role', person('Jane Doe', 'doe'), person('the CEO', 'ceo'), false],
    ['a person and an organization', person('Jane Doe', 'doe'), { name: 'Acme Corp', key: 'acme corp', kind: 'organization' }, false],
    ['a person and another read from "she said"', person('Jane Doe', 'doe'), { ...person('John Roe', 'roe'), byPronoun: true }, false],
  ])('%s → %s', (_what, a, b, expected) => {
    expect(differentNamedPersons(a, b)).toBe(expected);
  });
});
