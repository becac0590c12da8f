import { describe, expect, it } from 'vitest';
import { mentions } from './helpers';

const cases: Array<[string, string, string[]]> = [
  [
    'neither before a name opens no name',
    'Ted Cruz spoke first. Neither Cruz nor his rival answered the question.',
    ['person:Ted Cruz=Ted Cruz', 'person:Cruz=Ted Cruz'],
  ],
  [
    'roles before names, possessives, the last-name link, a cited report',
    'Twitter CEO Elon Musk threatened to sue Microsoft on Wednesday, according to a report by the Financial ' +
      'Times. Musk said Microsoft’s plan was unlawful.',
    [
      'organization:Twitter=Twitter',
      'person:Elon Musk=Elon Musk',
      'organization:Microsoft=Microsoft',
      'source:report by the Financial Times=Financial Times',
      'person:Musk=Elon Musk',
      'organization:Microsoft=Microsoft',
    ],
  ],
  [
    'multi-word titles, places, organisations with a head word, given name with initial',
    'Prime Minister Keir Starmer visited Paris and met President Emmanuel Macron. The Bank of England ' +
      'kept rates steady, said spokeswoman Jane Doe. John F. Kennedy was quoted.',
    [
      'person:Keir Starmer=Keir Starmer',
      'place:Paris=Paris',
      'person:Emmanuel Macron=Emmanuel Macron',
      'organization:Bank of England=Bank of England',
      'person:Jane Doe=Jane Doe',
      'person:John F. Kennedy=John F. Kennedy',
    ],
  ],
  [
    'legal forms, suffix words after a known name, a place after a preposition',
    'Apple Inc. hired staff from Stanford University and opened an office in Leeds. Acme Widgets Ltd declined to comment.',
    [
      'organization:Apple Inc.=Apple Inc.',
      'organization:Stanford University=Stanford University',
      'place:Leeds=Leeds',
      'organization:Acme Widgets Ltd=Acme Widgets Ltd',
    ],
  ],
  [
    'a company named once mid-sentence counts again at a sentence start',
    'Shares of Zenvia rose. Zenvia declined to comment.',
    ['organization:Zenvia=Zenvia', 'organization:Zenvia=Zenvia'],
  ],
  [
    'no names from sentence starts, weekdays, months, nationalities, non-organisation acronyms',
    'On Monday the CEO said American users liked the new AI features. In January, German officials agreed. ' +
      'Experts said the TV deal was OK.',
    [],
  ],
  [
    'a capitalised common word at a sentence start that the text also writes in lower case',
    'Orange juice prices rose, and orange growers were pleased.',
    [],
  ],
  [
    'sentence-initial adverbs and conjunctions are no part of the name after them',
    'Once Mercurial ran well, the team relaxed. Unlike Jane Roe, the firm paid. Beyond Acme Corp, no one bid.',
    ['organization:Mercurial=Mercurial', 'person:Jane Roe=Jane Roe', 'organization:Acme Corp=Acme Corp'],
  ],
  [
    'a state of the USA or a country is a place, not a body nor a person; a given name that is a state still leads a person',
    'A poll of Ohio voters in New Hampshire favoured the senator. Rep. Virginia Foxx disagreed. New Zealand and Sri Lanka abstained.',
    ['place:Ohio=Ohio', 'place:New Hampshire=New Hampshire', 'person:Virginia Foxx=Virginia Foxx', 'place:New Zealand=New Zealand', 'place:Sri Lanka=Sri Lanka'],
  ],
  [
    'organisation names through a head and its link, to their last suffix, after a place or a party',
    'The Federal Bureau of Prisons, the Center for Responsive Politics, Florida Atlantic University, the State ' +
      'Department Refugee Processing Center and the Democratic National Committee answered.',
    [
      'organization:Federal Bureau of Prisons=Federal Bureau of Prisons',
      'organization:Center for Responsive Politics=Center for Responsive Politics',
      'organization:Florida Atlantic University=Florida Atlantic University',
      'organization:State Department Refugee Processing Center=State Department Refugee Processing Center',
      'organization:Democratic National Committee=Democratic National Committee',
    ],
  ],
  [
    'dotted initials: a body they open, a place the gazetteer knows by their letters, a person’s',
    'The U.S. Judicial Conference met. The U.S. Navy sailed. J.K. Rowling wrote. They met in Washington, D.C. on Monday.',
    [
      'organization:U.S. Judicial Conference=U.S. Judicial Conference',
      'place:U.S.=U.S.',
      'organization:Navy=Navy',
      'person:J.K. Rowling=J.K. Rowling',
      'place:Washington=Washington',
    ],
  ],
  [
    'a short title-case heading proves nothing, but known names in it count',
    'Why Big Tech Fears New Rules From Brussels',
    ['place:Brussels=Brussels'],
  ],
];

describe('findEntities (English)', () => {
  it.each(cases)('%s', (_what, text, expected) => {
    expect(mentions('en', text)).toEqual(expected);
  });
});
