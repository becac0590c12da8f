import { describe, expect, it } from 'vitest';
import { mentions } from './helpers';

const cases: Array<[string, string, string[]]> = [
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
