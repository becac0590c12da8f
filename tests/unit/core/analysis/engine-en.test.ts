// The English engine end to end on paragraphs written for these tests: quotations in curly, straight
// and single marks, speakers through frames, pronouns and appositions, hedges, anonymous sources,
// missing evidence, named studies, and the figures and names of the facts list.
import { describe, expect, it } from 'vitest';
import { analyserFor, claimsOf as claims, expectWellFormed, factsOf as facts, quotesOf as quotes } from './report-helpers';

const analyse = analyserFor('en');

describe('English quotations and their speakers', () => {
  it.each([
    ['curly marks, verb and name after', ['“We will keep the plant open,” said Jane Doe, the mayor of the town.'], [['We will keep the plant open', 'Jane Doe']]],
    ['straight marks, subject before the verb', ['"Prices will keep rising through the autumn," the economist Laura Finch said on Tuesday.'], [['Prices will keep rising through the autumn', 'Laura Finch']]],
    ['a colon frame', ['Mark Ellison spoke briefly: “The offer is far too low for our members.”'], [['The offer is far too low for our members.', 'Mark Ellison']]],
    ['a frame right after the quotation beats a verb far back before a colon', ['The statement also referenced the impact it said the senator, the first woman nominated by a major party, would have on women at work: “Her fight has opened the door for women,” the union wrote.'], [['Her fight has opened the door for women', 'the union']]],
    ['no subject after a verb that does not open its clause', ['But polls did predict the Democratic caucus - HuffPollster: “Most pollsters fared much better with the Democratic results.”'], [['Most pollsters fared much better with the Democratic results.', 'HuffPollster']]],
    ['a pronoun fused with its auxiliary', ['Senator Anna Reed spoke on Monday. She’d said it before: “We will not give up.”'], [['We will not give up.', 'Anna Reed']]],
    ['a description that leads the name after the verb', ['“Amazon has avoided being liable for years,” noted Maryland-based product liability lawyer Jim Dunham in an interview.'], [['Amazon has avoided being liable for years', 'Jim Dunham']]],
    ['single marks and “he” after an apposition', ['The chief executive, Robert Haines, was angry. ‘They copied every one of our designs,’ he wrote online.'], [['They copied every one of our designs', 'Robert Haines']]],
    ['“she” resolved to the minister named before', ['The minister, Karen Holt, visited the site on Monday. “The work will be finished in June,” she said.'], [['The work will be finished in June', 'Karen Holt']]],
    ['interrupted by its frame', ['“We are staying,” said Peter Long, “until the very end of the talks.”'], [['We are staying', 'Peter Long'], ['until the very end of the talks.', 'Peter Long']]],
    ['a party tag between the name and the verb', ['Clinton spoke to members of Congress on Tuesday.', '“There is tremendous energy in a whole host of races,” Rep. Earl Blumenauer (D-Ore.) said.', '“The vote is set for Thursday,” Sen. Chuck Schumer (D-N.Y.) told reporters.'], [['There is tremendous energy in a whole host of races', 'Earl Blumenauer'], ['The vote is set for Thursday', 'Chuck Schumer']]],
    ['a delegate’s title before the name', ['The hearing ran late. “This is a waste of time,” said Del. Stacey Plaskett of the Virgin Islands.'], [['This is a waste of time', 'Stacey Plaskett']]],
    ['parentheses that are no party tag still split the words before the verb', ['Maria Lopez chaired the session. “We are done here,” the panel (which met twice) said.'], [['We are done here', 'the panel']]],
    ['over two paragraphs, short name in the frame', ['Martin Vogel spoke for an hour. “We tried everything to save the jobs.', '“In the end it was not enough,” Vogel said.'], [['We tried everything to save the jobs. In the end it was not enough', 'Martin Vogel']]],
    ['a verb of manner', ['The budget was cut again. “We have no money left,” the mayor muttered.'], [['We have no money left', 'the mayor']]],
    ['a gerund’s object is not its speaker, nor is the and before it', ['Senator Jane Holt posted a long message, calling the plan “a disaster for the whole state” and adding “we will fight it in court.”'], [
      ['a disaster for the whole state', 'Jane Holt'], ['we will fight it in court.', 'Jane Holt'],
    ]],
    ['a gerund after a pronoun that leads the sentence', ['Mayor Ann Ruiz met the council on Monday. And she wrote a post about it later, calling the vote “a shameful day for the city.”'], [['a shameful day for the city.', 'Ann Ruiz']]],
    ['a gerund after a dateline and an adverbial takes the subject of the clause before it', ['WASHINGTON, Dec. 8 (UPI) — In response to Jan Ostrow’s proposal, Senator Anna Reed’s chief aide rallied supporters, saying: “We have to stop him.”'], [['We have to stop him.', 'Senator Anna Reed’s chief aide']]],
    ['with, a subject, an adverb and a gerund', ['Some of his supporters kicked a protester, with Jan Ostrow reportedly yelling: “Get him out of here!”'], [['Get him out of here!', 'Jan Ostrow']]],
    ['a gerund after the hearer of a verb of writing takes the subject', ['The senator Jan Ostrow emailed supporters saying: “The struggle continues.”'], [['The struggle continues.', 'Jan Ostrow']]],
    ['a gerund after the object of showing takes the object', ['The video shows Jan Ostrow saying “I love the poorly educated” to a crowd.'], [['I love the poorly educated', 'Jan Ostrow']]],
    ['a gerund in a sentence that a participle opens takes the pronoun after it', ['The minister Tom Reyes met reporters. Speaking to the BBC he dodged the question for a second time saying “It is not about who is right.”'], [['It is not about who is right.', 'Tom Reyes']]],
    ['a gerund after an adverbial lead takes the person named', ['Hours later, Governor Tom Reyes left the hall, calling the ruling “a gift to the lawyers.”'], [['a gift to the lawyers.', 'Tom Reyes']]],
    ['she stands for the woman named before the man', ['Anna Weber has led the project for years. Peter Roth joined in May. “We are on a good path,” she said.'], [['We are on a good path', 'Anna Weber']]],
    ['a one-word quotation after a demand', ['Senator Jane Holt spoke first. “Enough,” Holt demanded, as the others went on talking.'], [['Enough', 'Jane Holt']]],
    ['a description’s possessive: its owner speaks', ['Ken Lee thanked his staff. The company’s statement then adds “the case is closed for us.”'], [['the case is closed for us.', 'The company']]],
    ['a person’s possessive before a role: the role speaks', ['Donald Trump left the court on Monday. Trump’s campaign manager said he was “gratified” by the decision.'], [['gratified', 'Trump’s campaign manager']]],
    ['a person’s possessive before another noun: the person', ['Dan Alpert wrote a book on debt. Alpert’s latest essay calls the plan “a fiscal dead end.”'], [['a fiscal dead end.', 'Dan Alpert']]],
    ['an auxiliary before the verb after the quotation is no part of the subject', ['“Nothing truly prepares you for the office,” the two-term president will say tonight.'], [['Nothing truly prepares you for the office', 'the two-term president']]],
  ])('%s', (_name, paragraphs, expected) => {
    expect(quotes(analyse(paragraphs))).toEqual(expected);
  });

  // A verb that opens a quotation with a colon: the words before its comma are no report of their own.
  it.each([
    ['a subject with its apposition', 'The union’s president, Mia Clark, said: “We will strike on Monday.”', 'Mia Clark'],
    ['the scene', 'In one post on Friday, Trump wrote: “We will win big in Ohio.”', 'Trump'],
    ['a participle clause', 'Speaking at a rally in Ohio, the senator said: “We will win this state.”', 'the senator'],
    ['a quotation right after the verb', 'Senator Dan Moss walked onto the stage, shouting “We will win this state!”', 'Dan Moss'],
  ])('reads no claim before a colon frame: %s', (_name, paragraph, speaker) => {
    const report = analyse([paragraph]);
    expect(report.claims).toEqual([]);
    expect(report.quotes.map((quote) => quote.speaker)).toEqual([speaker]);
  });

  it.each([
    ['a so-called term', 'Users now pay for the so-called “blue ticks” on the platform.'],
    ['the title of a film', 'The film “Gone with the Wind” was shown again on Sunday.'],
    ['a scare quote without speech', 'The “reform” never came.'],
    ['a show after its channel’s possessive, beside a verb of saying', 'On Wednesday on CNN’s “Newsroom,” Dan Moss said the party must decide.'],
    ['a show after its network’s possessive', 'Joe Marsh, host of MSNBC’s “Morning Joe,” suggested a debate.'],
  ])('no statement: %s', (_name, text) => {
    expect(analyse([text]).quotes).toEqual([]);
  });

  it('takes the agent of a passive verb of saying for the speaker, not its subject', () => {
    expect(quotes(analyse(['The plan was described by the union as “reckless and cruel” on Monday.']))).toEqual([['reckless and cruel', 'the union']]);
  });

  it('names no one for a passive verb of saying without an agent, rather than a person named nearby', () => {
    expect(quotes(analyse(['Mehmet Oz hosts a daytime show.', 'He has been called a “quack” on several occasions.']))).toEqual([['quack', null]]);
  });

  it.each([
    ['a verb of saying in a relative clause its comma closes is no frame', ['Senator Ann Cole argued at length. The mayor said the plan, which some have argued was rushed, is an “insult” to the town.'], [['insult', 'The mayor']]],
    ['a relative clause that introduces the quotation is one', ['The police spoke to Anna Cole, who said, “We will never give up on our town.”'], [['We will never give up on our town.', 'Anna Cole']]],
  ])('%s', (_name, paragraphs, expected) => {
    expect(quotes(analyse(paragraphs))).toEqual(expected);
  });

  it('reads no passive in a participle before an auxiliary of another clause', () => {
    expect(quotes(analyse(['What the union has argued was “a mistake from the start” is now the law of the land.']))).toEqual([['a mistake from the start', 'the union']]);
  });

  it('takes the agent after the participle for the speaker of a question asked', () => {
    expect(analyse(['Rubio was asked by the moderator Gerard Baker whether the plan would risk “adding another expensive program to the budget.”']).claims.map((claim) => claim.speaker)).toEqual(['Gerard Baker']);
  });
});

describe('English claims', () => {
  it.each([
    ['reportedly', 'Several banks have reportedly cancelled their loans to the developer.', 'hedge: "reportedly" — no named source'],
    ['allegedly', 'The minister allegedly took bribes from a construction firm.', 'hedge: "allegedly" — no named source'],
    ['an epistemic may', 'The drug may reduce the risk of heart attack in older patients.', 'hedge: "may reduce" — no named source'],
    ['may before a verb that begins like a function word', 'The new tariff may increase costs for many families.', 'hedge: "may increase" — no named source'],
    ['might before a verb that begins like a pronoun', 'Lower rates might help the economy recover this year.', 'hedge: "might help" — no named source'],
    ['a vague group', 'Many scientists consider the theory to be outdated.', 'hedge: "Many scientists" — no named source'],
    ['a group afraid', 'Many Democrats are afraid that turnout will be low.', 'hedge: "Many Democrats are afraid" — no named source'],
    ['a weasel passive, named once', 'He is often regarded as one of the greatest composers of his time.', 'hedge: "is often regarded as" — no named source'],
  ])('a hedge (%s) makes the sentence unsupported, with the cue as reason', (_name, text, reason) => {
    const report = analyse([text]);
    expect(claims(report)).toEqual([['unsupported', null, text]]);
    expect(report.claims[0]!.reasons).toEqual([reason]);
  });

  it.each([
    ['the alleged attacker', 'Police arrested the alleged attacker on Monday in Leeds.'],
    ['an alleged fraud', 'The bank has been investigating the alleged fraud for weeks.'],
  ])('does not take the adjective "alleged" (%s) for a hedge of the sentence', (_name, text) => {
    expect(analyse([text]).claims.filter((claim) => claim.status === 'unsupported')).toEqual([]);
  });

  it('takes no wish with its subject after may for a hedge', () => {
    expect(analyse(['May we take this opportunity to thank our readers for their support.']).claims).toEqual([]);
  });

  it.each([
    ['would', 'Prime Minister Theresa May would resign within weeks, her party announced.'],
    ['said', 'In London, Theresa May said the talks had ended without a deal.'],
  ])('takes no name May before %s for a hedge', (_name, text) => {
    expect(analyse([text]).claims.flatMap((claim) => claim.reasons).filter((reason) => reason.startsWith('hedge'))).toEqual([]);
  });

  it.each([
    ['an affiliated source', 'The meeting deteriorated from there, said one GOP source in the room.', 'anonymous source: "one GOP source"'],
    ['someone on the internet', '“Blink twice,” one person tweeted.', 'anonymous source: "one person tweeted"'],
  ])('flags %s as unsupported', (_name, text, reason) => {
    const report = analyse([text]);
    expect(report.claims.map((claim) => claim.status)).toEqual(['unsupported']);
    expect(report.claims[0]!.reasons).toContain(reason);
  });

  // After a verb of saying without `that`, words opened by an indefinite article are its object unless a finite verb follows.
  it.each([
    ['an object', 'The senator claimed an overwhelming victory in the state primary.', []],
    ['an object and its place', 'The mayor wrote a long letter to the council on Monday.', []],
    ['a clause with its auxiliary', 'The minister said a deal would be signed within days.', [['attributed', 'The minister', 'a deal would be signed within days']]],
    ['a clause with a past form', 'The minister said a deal collapsed late on Friday.', [['attributed', 'The minister', 'a deal collapsed late on Friday']]],
  ])('reads an indefinite article after a verb of saying as an object without a finite verb: %s', (_how, paragraph, expected) => {
    expect(claims(analyse([paragraph]))).toEqual(expected);
  });

  it('reads the clause before a closing frame as reported, but not a subordinate clause', () => {
    const report = analyse(['The deal is done after months of talks, the minister said.', 'When the train finally arrived at the station, the minister said.']);
    expect(claims(report)).toEqual([['attributed', 'the minister', 'The deal is done after months of talks']]);
  });

  it('does not take a source of something for an anonymous one', () => {
    expect(analyse(['The river is a source of water for the town.']).claims).toEqual([]);
  });

  it('flags anonymous sources as unsupported', () => {
    const report = analyse(['Sources said the law would be passed in the autumn.']);
    expect(claims(report)).toEqual([['unsupported', 'Sources', 'the law would be passed in the autumn']]);
    expect(report.claims[0]!.reasons[0]).toBe('anonymous source: "Sources said"');
  });

  // Sources that `according to` names only vaguely; each reason says so once, without a `source named` beside it.
  it.each([
    ['officials', 'According to officials, the plan will cost more than expected.', ['anonymous source: "According to officials"']],
    ['bare reports', 'According to reports, three people were injured.', ['anonymous source: "According to reports"']],
    ['provisional reports', 'According to initial reports, three people were injured.', ['hedge: "According to initial reports" — no named source']],
    ['estimates of no one named', 'According to estimates, the war cost three billion dollars.', ['hedge: "According to estimates" — no named source']],
  ])('flags a vague according-to source as unsupported: %s', (_how, paragraph, reasons) => {
    expect(analyse([paragraph]).claims.map((claim) => [claim.status, claim.reasons])).toEqual([['unsupported', reasons]]);
  });

  // A source after `according to` runs to its comma, or to the sentence's end where it closes the sentence.
  it.each([
    ['a report by an outlet', 'According to a new report by the Daily Ledger, the mayor will resign next week.', [['supported', 'Daily Ledger', 'the mayor will resign next week']]],
    ['a newspaper whose name holds a place', 'According to the Boston Post, the plan was dropped after the vote.', [['attributed', 'Boston Post', 'the plan was dropped after the vote']]],
    ['a poll of voters, at the start', 'According to a recent poll of Ohio voters, the senator leads the field.', [['supported', 'a recent poll of Ohio voters', 'the senator leads the field']]],
    ['a short source closing the sentence', 'Three people were injured in the crash, according to police.', [['attributed', 'police', 'Three people were injured in the crash']]],
    ['a document closing the sentence', 'He raised five million dollars in March, according to his campaign finance filings.', [['attributed', 'his campaign finance filings', 'He raised five million dollars in March']]],
    ['a count by an agency, closing the sentence', 'The governor now has at least 700 delegates, according to a count by the Morning Wire.', [['attributed', 'Morning Wire', 'The governor now has at least 700 delegates']]],
    ['set off inside the sentence', 'The bridge, according to the city engineer, will reopen in May.', [['attributed', 'the city engineer', 'The bridge, according to the city engineer, will reopen in May']]],
  ])('reads the whole source after according to: %s', (_how, paragraph, expected) => {
    expect(claims(analyse([paragraph]))).toEqual(expected);
  });

  it('names a vague source after according to once, however long it is', () => {
    const report = analyse(['According to people familiar with the talks, the deal is off.']);
    expect(report.claims.map((claim) => [claim.status, claim.speaker, claim.text, claim.reasons])).toEqual([
      ['unsupported', 'people familiar with the talks', 'the deal is off', ['anonymous source: "According to people"', 'anonymous source: "people familiar with"']],
    ]);
  });

  it('takes reports by a named outlet for no anonymous source', () => {
    expect(analyse(['According to reports by the BBC, three people were injured.']).claims.filter((claim) => claim.status === 'unsupported')).toEqual([]);
  });

  it('marks a claim unsupported when the same sentence says evidence is missing', () => {
    const report = analyse(['The investor Paul Stone claimed that the firm had sold customer data without permission, without providing evidence.']);
    expect(report.claims).toHaveLength(1);
    expect(report.claims[0]).toMatchObject({ status: 'unsupported', speaker: 'Paul Stone' });
    expect(report.claims[0]!.reasons[0]).toBe('the article says evidence is missing: "without providing evidence"');
  });

  it('marks the claim before a sentence saying evidence is missing', () => {
    const report = analyse([
      'The investor Paul Stone has claimed that the firm sold customer data without permission.',
      'Stone offered no evidence for the claim.',
    ]);
    expect(report.claims[0]).toMatchObject({ status: 'unsupported', speaker: 'Paul Stone', text: 'that the firm sold customer data without permission' });
    expect(report.claims[0]!.reasons[0]).toMatch(/evidence is missing: "offered no evidence"/);
  });

  it.each([
    ['said that', 'In June, Lisa Brand said that the group had badly missed its targets.', 'Lisa Brand', 'that the group had badly missed its targets'],
    ['said without that', 'Ann Grey said the strike would continue until Friday.', 'Ann Grey', 'the strike would continue until Friday'],
  ])('reads reported speech with a named speaker as attributed (%s)', (_name, text, speaker, claim) => {
    const report = analyse([text]);
    expect(claims(report)).toEqual([['attributed', speaker, claim]]);
    expect(report.claims[0]!.reasons.join(' ')).toContain(`attributed to ${speaker}`);
  });

  it('reads a named study with a figure as supported', () => {
    const report = analyse(['According to a study by the University of Leeds, 40 percent of teenagers sleep less than seven hours.']);
    expect(report.claims.map((claim) => claim.status)).toEqual(['supported']);
    expect(report.claims[0]!.reasons).toContain('evidence named: "According to a study"');
  });

  // A verb of saying's form used as a noun frames nothing: `state`, `point`, `say` and `continued` after an
  // article, a possessive or a word that makes a compound with it.
  it.each([
    ['his home state', 'He had been in fourth place, trailing Rubio, who lost badly in his home state of Florida.'],
    ['other Western states', 'Clinton has a strong delegate lead over Sanders, as in other Western states.'],
    ['percentage point', 'But in Michigan a week ago, they supported her by a smaller 40 percentage point margin.'],
    ['their say', 'The vote is close, and many voters will finally get their say on her candidacy.'],
    ['her continued', 'Older women turned out to support Clinton, pushing her to victory despite her continued struggles.'],
    ['put before what it puts', 'The memo put the others on notice about the new rules for the plant.'],
    ['an adjective of the noun', 'NextGen Climate, which has invested in new ads, has made the same demands of the other candidates.'],
    ['state before a noun', 'On Tuesday, Sanders went further, endorsing eight state legislative candidates “who embody our revolution.”'],
  ])('takes no noun for a verb of saying (%s)', (_name, text) => {
    expect(claims(analyse([text]))).toEqual([]);
  });

  it('still reads put in as she put it', () => {
    expect(claims(analyse(['As she put it, the plan for the plant is dead.']))).toEqual([['attributed', 'she', 'the plan for the plant is dead']]);
  });

  it('still reads a verb of saying after its subject noun', () => {
    expect(claims(analyse(['The report states that the company lost money.', 'Critics point out that the plan is costly.'])).map(([, , text]) => text)).toEqual([
      'that the company lost money',
      'that the plan is costly',
    ]);
  });

  it.each([
    ['a time and place', 'On ABC’s “Good Morning America” Tuesday, he said, “I never said I was going to pay.”'],
    ['a question put', 'Asked if he was encouraging violence, Trump replied, “Well, maybe so.”'],
  ])('takes no scene before a verb that opens a quotation after its comma for a claim (%s)', (_name, text) => {
    const report = analyse([text]);
    expect(report.quotes).toHaveLength(1);
    expect(claims(report)).toEqual([]);
  });

  // A frame after its clause ends the sentence: a verb with its own object, or no speaker, makes the head its scene.
  it.each([
    ['an object after the verb', 'In her 2003 book, Living History, Clinton noted the clot’s existence.'],
    ['an object after the verb, no comma inside', 'In a Wall Street Journal essay last week, Ivanka Trump acknowledged their uphill battle.'],
    ['as predicted', 'But in July 2012, Patriot failed as predicted.'],
    ['no speaker', 'Hope Hicks, a campaign spokeswoman, did not respond to my messages.'],
    ['a speaker far from the verb', 'Since the crime occurred, division exists between the Armenian and Turkish communities as a result of the refusal to acknowledge the atrocities.'],
    ['a subordinate clause after a conjunction', 'But when Congress cut funding for the pilot program two years later, Mexico said enough.'],
  ])('takes no scene for the claim of a closing frame (%s)', (_name, text) => {
    expect(claims(analyse([text]))).toEqual([]);
  });

  it.each([
    ['a hearer', 'The deal is done, she told the newspaper.', 'she'],
    ['a time', 'The deal is done, the minister said the next day.', 'the minister'],
    ['the speaker after the verb', 'The deal is done, said the minister.', 'the minister'],
    ['an adverb between speaker and verb', 'The deal is done, Smith quickly added.', 'Smith'],
  ])('still reads a closing frame with %s after its verb', (_name, text, speaker) => {
    expect(claims(analyse([text]))).toEqual([['attributed', speaker, 'The deal is done']]);
  });

  it.each([
    ['told', '“We’ll all release them at the same time,” she told ABC News in February.'],
    ['said as', '“My blackness does not inhibit me from being beautiful,” Stenberg said as she accepted her award.'],
    ['said, then a time', '“There is a severe disconnect,” Flynn said Thursday morning on Fox News.'],
    ['said, then the speaker and a quotation inside', '"We are talking about a Senate on a knife\'s edge," said David Wasserman, House editor for the Cook Political Report.'],
  ])('takes nothing after the verb of a quotation’s frame for a claim (%s)', (_name, text) => {
    const report = analyse([text]);
    expect(report.quotes).toHaveLength(1);
    expect(claims(report)).toEqual([]);
  });

  // A verb that takes its hearer (`told`, `asked`, `urged`): the report starts after the hearer, at its
  // subject or opener; a request keeps the hearer; a hearer with only a scene after it reports nothing.
  it.each([
    ['a pronoun after the hearer', 'Ann Bharara told Breitbart News he’d support Clinton in a general election.', 'Ann Bharara', 'he’d support Clinton in a general election'],
    ['that after a hearer, a place and a time', 'Andrew Rice told The Huffington Post on Monday that he thought Sanders would win.', 'Andrew Rice', 'that he thought Sanders would win'],
    ['a request', 'The climate group urged the candidates to make clean energy a part of their plans.', 'The climate group', 'the candidates to make clean energy a part of their plans'],
    ['only a scene after the hearer', 'Trump could embrace clean energy, Sen. Lindsey Graham (R-S.C.) told The Huffington Post on Thursday.', 'Lindsey Graham', 'Trump could embrace clean energy'],
  ])('reads the report of a verb with its hearer (%s)', (_name, text, speaker, claim) => {
    expect(claims(analyse([text]))).toEqual([['attributed', speaker, claim]]);
  });

  // A negated verb of saying: the speaker does not say what its clause holds. A negation inside the
  // clause is the clause's own, and `not only` negates nothing.
  it.each([
    ['would not confirm that', 'A Pentagon spokesman would not confirm that the talks had collapsed on Friday.', []],
    ['did not say whether', 'The police did not say whether the suspect was armed at the time.', []],
    ['never said that', 'She has never said that she would support the plan in its current form.', []],
    ['a negation inside the clause', 'The governor said he did not expect the budget to pass this year.', [['attributed', 'The governor', 'he did not expect the budget to pass this year']]],
    ['not only', 'The senator not only said that the plan would fail but also voted against it.', [['attributed', 'The senator', 'that the plan would fail but also voted against it']]],
  ])('reads no report of a negated verb of saying (%s)', (_name, text, expected) => {
    expect(claims(analyse([text]))).toEqual(expected);
  });

  // In the passive the subject is the one asked or told: the agent speaks, or no one named.
  it.each([
    ['asked whether', 'Marco Rubio was asked whether his plan would cost too much money.', [['attributed', null, 'whether his plan would cost too much money']]],
  ])('reads the passive of a verb of saying (%s)', (_name, text, expected) => {
    expect(claims(analyse([text]))).toEqual(expected);
  });

  // A clause reported without `that`: a time said before it is the frame's, a clause opened by `as` is a
  // time, and an object after a quantifier is no clause; a month that is the clause's subject stays.
  it.each([
    ['a weekday', 'The governor said Monday the plan would fail in the Senate.', [['attributed', 'The governor', 'the plan would fail in the Senate']]],
    ['on, a weekday and night', 'The governor said on Tuesday night the plan would fail in the Senate.', [['attributed', 'The governor', 'the plan would fail in the Senate']]],
    ['a month that is the subject', 'Mayor Jan Ostrow said April was the cruelest month of the year.', [['attributed', 'Jan Ostrow', 'April was the cruelest month of the year']]],
    ['as', 'Dan Gross live tweeted as the president spoke from the East Room.', []],
    ['a quantifier before an object', 'The senator has struggled to win the south, instead claiming some victories in the Midwest.', []],
  ])('reads a clause reported without that (%s)', (_name, text, expected) => {
    expect(claims(analyse([text]))).toEqual(expected);
  });

  it('reads a participle after a quoted term as the subject’s report, not a quotation’s frame', () => {
    const report = analyse(['Donald Trump has delivered a defense of “New York values,” saying the city embodied the “soul of America.”']);
    expect(claims(report)).toEqual([['attributed', 'Donald Trump', 'the city embodied the “soul of America.”']]);
  });

  it('finds nothing in plain narration', () => {
    expect(analyse(['The sun was shining. The train left on time and arrived in Leeds in the evening.']).claims).toEqual([]);
    expect(analyse(['The festival ends in May the next year, and in May 2020 it moved to Leeds.']).claims).toEqual([]);
  });

  it('gives the impersonal passive no speaker, even after a name', () => {
    const report = analyse(['The castle was built by the Normans.', 'It has been suggested that the painting is a forgery.']);
    expect(claims(report)).toEqual([['unsupported', null, 'that the painting is a forgery']]);
  });

  it("does not flag a hedge that stands inside someone else's quotation", () => {
    const report = analyse(['“Reportedly everything is fine,” Eve Ross said mockingly about the city\'s plans and their consequences.']);
    expect(quotes(report)).toEqual([['Reportedly everything is fine', 'Eve Ross']]);
    expect(report.claims.filter((claim) => claim.status === 'unsupported')).toEqual([]);
  });
});

describe('English facts', () => {
  const report = analyse(['Twitter was bought for $44 billion last week by Elon Musk, and its value fell by 12 percent on April 25, 2023.']);

  it('reads money with its scale and currency', () => {
    expect(facts(report, 'money')).toEqual([['$44 billion', 44_000_000_000, 'USD']]);
  });

  it('reads percentages', () => {
    expect(facts(report, 'percent')).toEqual([['12 percent', 12, null]]);
  });

  it('resolves absolute and relative dates against the published date', () => {
    expect(report.facts.filter((fact) => fact.kind === 'date').map((fact) => [fact.text, fact.resolved])).toEqual([
      ['last week', '2024-03-04'],
      ['on April 25, 2023', '2023-04-25'],
    ]);
  });

  it('names the people and organisations', () => {
    expect(facts(report, 'person')).toEqual([['Elon Musk', null, null]]);
    expect(facts(report, 'organization')).toEqual([['Twitter', null, null]]);
  });

  it('ends a name in a title-case headline at its verb of saying, and takes none from the verb', () => {
    const report = analyse(['Hillary Clinton Says Trump Is Offensive', 'Donald Trump Calls Out Ted Cruz', 'The two spoke at a debate on Monday.']);
    expect(facts(report, 'person').map(([name]) => name)).toEqual(['Hillary Clinton', 'Donald Trump', 'Ted Cruz']);
  });

  it('names a study’s institution as a source', () => {
    const study = analyse(['According to a study by the University of Leeds, 40 percent of teenagers sleep less than seven hours.']);
    expect(facts(study, 'source')).toEqual([['University of Leeds', null, null]]);
    expect(facts(study, 'percent')).toEqual([['40 percent', 40, null]]);
  });
});

describe('English bad input', () => {
  it.each([
    ['unbalanced marks', ['“He said “no” and “yes', '” “ ” ‘ ’ \' " « »']],
    ['a 200 KB paragraph', ['Word “quote” he said, that it is so. '.repeat(5600)]],
    ['no punctuation', ['this is a text without any punctuation and without capital letters he said']],
    ['emoji, zero-width and no-break spaces', ['😀 He\u200Bsaid:\u00A0“Hello\u202Fthere &amp; goodbye” 👍🏽\uFEFF']],
  ])('%s: a report, no exception', (_name, paragraphs) => {
    const report = analyse(paragraphs);
    expect(report.lang).toBe('en');
    expectWellFormed(report);
  });
});
