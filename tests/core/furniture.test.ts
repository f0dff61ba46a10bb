// Covers core/text/furniture.ts: page furniture inside article text is never a claim. Examples written in the
// manner of newspaper, wire, magazine and blog pages.
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../core/claims/extract.ts';
import { furnitureKind } from '../../core/text/furniture.ts';

describe('furnitureKind', () => {
  it.each([
    ['Business', 'title-case label'],
    ['The Boston Globe.', 'title-case label'],
    ['Transit Workers Vote to Strike Over Pension Cuts', 'title-case label'],
    ['By Maria Lopez', 'byline'],
    ['By Tom Reyes and Ann Li | Staff', 'byline'],
    ['Oregonian business reporter', 'byline'],
    ['Dana Whitfield Night Editor / News', 'byline'],
    ['Originally published March 3, 2021 at 6:10 pm', 'time stamp'],
    ['Updated 4/12/2019', 'time stamp'],
    ['Published 3 hours ago', 'time stamp'],
    ['5 min read', 'time stamp'],
    ['Tuesday, March 3, 2021', 'time stamp'],
    ['(Staff Photo/Ken Ito/File)', 'picture credit'],
    ['Photo: Reuters', 'picture credit'],
    ['Lee Park/Bay Area News Group via Getty Images', 'picture credit'],
    // Seen on the real pages (../shared/realpages): wire credits, bios, rights notices and prompts at an article's end.
    ['This story has been updated with a statement from the council.', 'update note'],
    ['Last modified on Tue 4 Jun 2019 14.00 EDT', 'update note'],
    ["Editor's note: An earlier version misspelled a name.", 'update note'],
    ['Follow him on Twitter @troe or email him at troe@example.com', 'contact line'],
    ['Contact the author at ann.li@example.com.', 'contact line'],
    ['All rights reserved.', 'rights notice'],
    ['Copyright 2019 The Associated Press.', 'rights notice'],
    ['This material may not be published, broadcast, rewritten or redistributed.', 'rights notice'],
    ['Ken Ito contributed to this report.', 'contribution credit'],
    ['Science Writer Ann Li in Denver and Tom Reyes in Lima contributed to this report.', 'contribution credit'],
    ['Maria Lopez is a Metro reporter covering transit and housing.', 'author bio'],
    ['Jo Kim is an Evening Ledger freelance producer based in Busan.', 'author bio'],
    ['Click here for the second half of this story.', 'call to action'],
    ['Read more about the budget here.', 'call to action'],
    // Publishers' appeals for money, in the words of several kinds of site.
    ['Your support helps us to tell the story.', 'reader appeal'],
    ['Your donation allows us to keep sending journalists to speak to both sides of the story.', 'reader appeal'],
    ['Your support makes all the difference.', 'reader appeal'],
    ['Will you support us today?', 'reader appeal'],
    ['Please consider supporting our journalism with a gift of any size.', 'reader appeal'],
    ['Support independent journalism: it takes a minute.', 'reader appeal'],
    ['We have a small favour to ask.', 'reader appeal'],
    ['Become a member and read without limits.', 'reader appeal'],
    ['Subscribe today for 99 cents a week.', 'reader appeal'],
    // Bylines that carry their stamp, stamps that give the time first, banners, media labels, syndication notes:
    // the layouts of wire, broadcast, local and magazine sites.
    ['Theo Lindahl, Northgate Herald · Published Tuesday, March 4, 2025 at 3:42 p.m.', 'byline'],
    ['By Ana Ruiz and Ken Ito | Updated 6:10 a.m. ET', 'byline'],
    ['Updated: 10:15 a.m. ET, June 20, 2018', 'time stamp'],
    ['BREAKING NEWS: Storm hits coast', 'alert banner'],
    ['Developing story: more to follow', 'alert banner'],
    ['Live updates: Ashby valley flood', 'alert banner'],
    ['▶ Video: Residents describe the flooding', 'media label'],
    ['WATCH: Mayor Ruiz on the vote', 'media label'],
    ['Listen: Drivers on the picket line speak to our reporter', 'media label'],
    ['Listen to this article', 'media label'],
    ["Watch scenes of devastation wrought by Friday's earthquake on the island. 0:55", 'media label'],
    ['Satya Nadella (Image credit: Windows Central)', 'picture credit'],
    ['Flood water on Mill Lane (Photo courtesy: Ashby Fire Service)', 'picture credit'],
    ['Media caption,', 'picture credit'],
    ['{mosads}', 'markup debris'],
    ['{{ad_slot}}', 'markup debris'],
    ['lightbox-info', 'markup debris'],
    ['- BY FERGHAL BLANEY Political Correspondent and PIPPA CRERAR news@irishmirror.ie', 'byline'],
    ['In this Nov. 26, 2018, file photo, a lineman works to repair a power line in Paradise.', 'picture credit'],
    ['In this photo taken on Sunday, rescuers search the rubble of a hotel.', 'picture credit'],
    ["RELATED U.N., Amnesty Int'l: Separating migrant families 'unconscionable'", 'teaser'],
    ['READ MORE: Tram line to open next year', 'teaser'],
    ['#Brexit — Donald Tusk (@eucopresident) March 29, 2019', 'post signature'],
    ['— Ann Li (@annli) June 18, 2018', 'post signature'],
    ['We may receive compensation when you click on links to those products.', 'affiliate disclosure'],
    ['This site may earn a commission from links on this page.', 'affiliate disclosure'],
    ['3 years ago', 'time stamp'],
    ['5 mins ago', 'time stamp'],
    ['0:55', 'media label'],
    ['1:02:33', 'media label'],
    ['This article originally appeared on The Atlantic.', 'republication note'],
    ["This story first appeared on the Ledger's sister site.", 'republication note'],
  ])('%s → %s', (text, kind) => {
    expect(furnitureKind(text)).toBe(kind);
  });

  it.each([
    'The union said 4,000 workers would strike on Monday.',
    'By Friday, the council had approved the budget.',
    'by the end of the year the plant will close.',
    'She spent ten years as a photo editor before joining the paper.',
    'The mayor called the vote a mistake.',
    'A good way to debug a leak is a memory dump and/or sampling.',
    'Officials published the report on June 3, 2019, after a long delay.',
    'The council updated its forecast on Monday.',
    'Follow-up inspections found no faults, the agency said.',
    'Police said the man was a reporter for a local paper.',
    'Rising costs, a shortage of drivers and a cold winter all contributed, the report found, to a decade of losses that the transit agency says it cannot recover from without new state money.',
    'Readers can see the full budget on the city website.',
    // Support, donations and subscriptions as news.
    'Your support for the strike is growing, the union told members on Monday.',
    'Donations to the flood fund passed $2 million by Friday.',
    'The senator said she would support the bill if it funded local journalism.',
    'Subscribers lost access to the archive after the breach, the company said.',
    'Support for the deal among Conservative MPs collapsed overnight.',
    // Prose that opens like a banner, a label or a stamped byline.
    'Apple Inc - updated its guidance on Monday, the company said.',
    'Watch the council meeting at 7:30',
    'Developing countries: the aid budget fell by 4 percent.',
    'Video of the collapse, filmed by a neighbour, was shared 40,000 times.',
    'Breaking the deadlock took the council three nights.',
    'Live music returned to the square on Friday.',
    'Listen to the victims, the senator told the hearing.',
    'Photos of the damage show whole streets gone.',
    'The caption was changed after readers complained (the photo was from 2015).',
    'In this city, photo radar cameras issued 40,000 tickets last year.',
    'Related charges were filed against two other managers.',
    'We may receive more rain this week, the forecaster said.',
    'The company will receive compensation of $2 million, the court ruled.',
    '"I believe in you," she wrote to the engineers on June 18, 2018.',
  ])('a claim: %s', (text) => {
    expect(furnitureKind(text)).toBeNull();
  });
});

describe('extractClaims: an embedded video', () => {
  it("reads no claim from a video's label, its stamp and its running time, and keeps the report around it", () => {
    const text = [
      'Rescuers reached the coastal villages on Tuesday, officials said.',
      'Regional News',
      '3 years ago',
      'Watch scenes of the damage left by the storm on the northern coast. 1:12',
      'The agency said 40 roads were still closed.',
    ].join('\n\n');
    expect(extractClaims(text).claims.map((c) => c.text)).toEqual(['Rescuers reached the coastal villages on Tuesday, officials said.', 'The agency said 40 roads were still closed.']);
  });
});

describe('extractClaims: a caption with its credit', () => {
  it('reads no claim from a short block that carries a picture credit', () => {
    const text = 'Workers leave the plant in Toledo on Monday. (Staff Photo/Ken Ito/File)\nThe union said 4,000 workers would strike on Monday.';
    expect(extractClaims(text).claims.map((c) => c.text)).toEqual(['The union said 4,000 workers would strike on Monday.']);
  });

  it('keeps a paragraph of prose that has no credit', () => {
    const text = 'Workers leave the plant in Toledo on Monday. The union said 4,000 workers would strike.';
    expect(extractClaims(text).claims).toHaveLength(2);
  });
});
