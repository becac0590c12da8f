import { describe, expect, it } from 'vitest';
import { mentions } from './helpers';

const cases: Array<[string, string, string, string[]]> = [
  [
    'fr',
    'persons, elided articles, a study, an agency, a gazetteer name with a lower-case word',
    "Le président Emmanuel Macron a reçu mardi à Lyon le chancelier. Selon une étude de l'OCDE, la " +
      "croissance ralentit. Macron a rencontré les dirigeants de Renault, a rapporté l'AFP. La Commission " +
      'européenne enquête à Bruxelles.',
    [
      'person:Emmanuel Macron=Emmanuel Macron',
      'place:Lyon=Lyon',
      'source:étude de l\'OCDE=OCDE',
      'person:Macron=Emmanuel Macron',
      'organization:Renault=Renault',
      'source:AFP=AFP',
      'organization:Commission européenne=Commission européenne',
      'place:Bruxelles=Bruxelles',
    ],
  ],
  [
    'fr',
    'a surname after a capitalised particle, even one that is also a noun of office',
    'Hier, Bruno Le Maire a parlé à Paris. Marine Le Pen a répondu.',
    ['person:Bruno Le Maire=Bruno Le Maire', 'place:Paris=Paris', 'person:Marine Le Pen=Marine Le Pen'],
  ],
  [
    'es',
    'an organisation with a head word and a link word, cited as a source',
    'El presidente Pedro Sánchez viajó a Bruselas el lunes. Según un informe del Banco de España, la economía ' +
      'crece. Sánchez se reunió con Google en Sevilla, informó EFE.',
    [
      'person:Pedro Sánchez=Pedro Sánchez',
      'place:Bruselas=Bruselas',
      'source:informe del Banco de España=Banco de España',
      'person:Sánchez=Pedro Sánchez',
      'organization:Google=Google',
      'place:Sevilla=Sevilla',
      'source:EFE=EFE',
    ],
  ],
  [
    'it',
    'a given name after a capitalised institution word, an elided source',
    "Il presidente del Consiglio Giorgia Meloni ha incontrato a Torino i vertici di Stellantis. Secondo un " +
      "rapporto dell'Istat, la disoccupazione è scesa.",
    [
      'person:Giorgia Meloni=Giorgia Meloni',
      'place:Torino=Torino',
      'organization:Stellantis=Stellantis',
      "source:rapporto dell'Istat=Istat",
    ],
  ],
  [
    'nl',
    'name particles, capitalised nationality nouns, a study by a university',
    'Premier Mark Rutte sprak dinsdag in Den Haag met topman Jan de Vries van Philips. Volgens onderzoek van ' +
      'de Universiteit Utrecht gebruiken Nederlanders vaker TikTok. Rutte zei tegen de NOS dat hij tevreden is.',
    [
      'person:Mark Rutte=Mark Rutte',
      'place:Den Haag=Den Haag',
      'person:Jan de Vries=Jan de Vries',
      'organization:Philips=Philips',
      'source:onderzoek van de Universiteit Utrecht=Universiteit Utrecht',
      'organization:TikTok=TikTok',
      'person:Rutte=Mark Rutte',
      'source:NOS=NOS',
    ],
  ],
  ['fr', 'no names from sentence starts and capitalised function words', 'Hier, le gouvernement a parlé. Mais personne ne sait.', []],
  ['es', 'no names from sentence starts', 'Ayer el gobierno habló. Sin embargo, nadie lo sabe.', []],
];

describe('findEntities (French, Spanish, Italian, Dutch)', () => {
  it.each(cases)('%s: %s', (lang, _what, text, expected) => {
    expect(mentions(lang, text)).toEqual(expected);
  });
});
