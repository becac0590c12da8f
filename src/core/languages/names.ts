// Cross-language names every language pack carries: the gazetteer of organisations, outlets and
// places, and the frequent given names. They are plain data here, not in src/core/entities, so that
// each pack carries them (a pack stays JSON-safe) and no module of the analysis holds its own copy; the
// entity finder builds its look-up tables from a pack's copy (../entities/gazetteer, given-names).
import type { NameLists } from './types';

// The gazetteer (read by ../entities/gazetteer): the organisations, outlets and places a news reader
// meets most, in their de/en/fr/es/it/nl spellings. It decides the kind of a name that no context word
// explains (`Twitter`, `Berlin`) and lets one-word names count even at the start of a sentence.
//
// Entries are written as in text and separated by `|`; variants are separate entries, because a
// mention's `name` is the form the article itself uses. Deliberately absent: names that are also
// common capitalised German nouns (`Zeit`, `Welt`, `Bild`, `Stern`, `Allianz`, `Signal`, `Visa`,
// `Puma`, `Union`, `Post`), so `die Zeit` (time) never becomes the weekly. Their unambiguous forms
// (`Zeit Online`, `Bild-Zeitung`, `Welt am Sonntag`) are listed instead.

/** Companies, platforms, parties, public bodies, international organisations. */
const ORGANIZATIONS =
  // Tech companies and platforms.
  'Microsoft|Twitter|Apple|Facebook|Instagram|LinkedIn|Google|Alphabet|Amazon|Meta|Tesla|SpaceX|OpenAI|' +
  'Anthropic|Nvidia|Intel|AMD|IBM|Oracle|Samsung|Huawei|TikTok|ByteDance|Alibaba|Tencent|Sony|Netflix|' +
  'Spotify|Disney|YouTube|WhatsApp|Snapchat|Telegram|Reddit|Wikipedia|Uber|Airbnb|PayPal|eBay|Shutterstock|' +
  'Getty Images|Adobe|Salesforce|SAP|Starlink|Threads|Bluesky|Mastodon|Pinterest|Twitch|Discord|Mozilla|' +
  // Industry, finance, retail.
  'Siemens|Volkswagen|VW|BMW|Mercedes-Benz|Porsche|Audi|Renault|Toyota|Boeing|Airbus|Lufthansa|' +
  'Deutsche Bahn|Deutsche Telekom|Telekom|Deutsche Post|DHL|BASF|Bayer|Bosch|Adidas|Aldi|Lidl|Nestlé|' +
  'Shell|Gazprom|Pfizer|BioNTech|Moderna|Goldman Sachs|JPMorgan|BlackRock|Commerzbank|Deutsche Bank|' +
  // Parties.
  'SPD|CDU|CSU|FDP|AfD|Grüne|Grünen|Linke|BSW|ÖVP|FPÖ|Labour|Tories|Republikaner|Demokraten|' +
  'Rassemblement National|PSOE|Vox|Lega|VVD|PVV|' +
  // German and European public bodies.
  'Bundestag|Bundesrat|Bundesregierung|Bundeswehr|Bundesbank|Bundesverfassungsgericht|Bundesgerichtshof|' +
  'Bundeskartellamt|Bundesnetzagentur|Verfassungsschutz|Statistische Bundesamt|Destatis|Robert Koch-Institut|' +
  'RKI|Stiftung Warentest|Europäische Kommission|EU-Kommission|European Commission|Commission européenne|' +
  'Comisión Europea|Commissione europea|Europese Commissie|Europäisches Parlament|EU-Parlament|' +
  'European Parliament|Europäische Zentralbank|European Central Bank|EZB|ECB|BCE|EuGH|Europäische Union|' +
  'European Union|Union européenne|Unión Europea|Unione europea|Europese Unie|EU|' +
  // International and foreign bodies.
  'UN|UNO|Vereinte Nationen|United Nations|Nations unies|Naciones Unidas|Nazioni Unite|Verenigde Naties|' +
  'NATO|Nato|OTAN|WHO|OMS|WTO|IMF|IWF|FMI|OECD|OCDE|OPEC|UNICEF|Weltbank|World Bank|Interpol|Europol|FBI|CIA|' +
  'NSA|NASA|ESA|Pentagon|Kreml|Kremlin|Weißes Haus|White House|Maison Blanche|Casa Blanca|Casa Bianca|' +
  'Witte Huis|Élysée|Downing Street|Vatikan|Vatican|Kongress|Congress|US-Kongress|Supreme Court|' +
  'Federal Reserve|Fed|SEC|FDA|Greenpeace|Amnesty International|Human Rights Watch|Rotes Kreuz|Red Cross|' +
  'Hamas|Hisbollah|Hezbollah|Taliban|Harvard|Stanford|MIT|YouGov|Ipsos|Forsa|Infratest|Allensbach';

/**
 * News agencies and outlets: a name of one of them in an article is a cited source, whether it is the
 * subject (`Reuters reported`), a preposition's object (`laut Reuters`) or an interviewer (`der BBC`).
 * We always say `source` for them, never `organization`: the reader wants to see where a claim comes
 * from, and the scorer counts both as one entity class.
 */
const SOURCES =
  'dpa|Deutsche Presse-Agentur|Reuters|AFP|AP|Associated Press|Bloomberg|epd|KNA|APA|ANSA|EFE|ANP|BBC|CNN|' +
  'CNBC|Fox News|NBC|CBS|NPR|ARD|ZDF|Tagesschau|tagesschau|Deutschlandfunk|NDR|WDR|SWR|MDR|RTL|ntv|Spiegel|' +
  'Der Spiegel|FAZ|Frankfurter Allgemeine|Süddeutsche Zeitung|Süddeutsche|SZ|Handelsblatt|Zeit Online|' +
  'Bild-Zeitung|BILD|taz|Tagesspiegel|heise|Heise|Golem|Netzpolitik|Politico|Axios|New York Times|NYT|' +
  'Washington Post|Wall Street Journal|WSJ|Financial Times|Guardian|The Guardian|The Economist|Le Monde|' +
  'Le Figaro|Libération|France 24|El País|El Mundo|Corriere della Sera|La Repubblica|La Stampa|RAI|NOS|' +
  'NRC|De Volkskrant|Volkskrant|De Telegraaf|The Verge|Wired|TechCrunch|Al Jazeera|Nature|Science|' +
  'The Lancet|Lancet|' +
  // News agencies of other countries, often cited by German and English news.
  'Interfax|TASS|Tass|RIA Nowosti|RIA Novosti|Xinhua|Kyodo|Yonhap|Anadolu|IRNA|ISNA|SANA|WAFA|PAP|ČTK|MTI|SDA|' +
  'Keystone-SDA|Belga|Agence France-Presse|Europa Press|Ritzau|NTB|Lusa|ANA-MPA|Ukrinform|Unian|Prensa Latina|' +
  // More outlets, in German, English and the other languages of the packs.
  'Netzeitung|Computerwoche|Automobilwoche|Focus Online|Stern.de|Welt am Sonntag|Welt Online|' +
  'Frankfurter Rundschau|Rheinische Post|Hamburger Abendblatt|Berliner Zeitung|Berliner Morgenpost|' +
  'Kölner Stadt-Anzeiger|Stuttgarter Zeitung|Neue Zürcher Zeitung|NZZ|Tages-Anzeiger|Der Standard|' +
  'Kronen Zeitung|Deutsche Welle|Bayerischer Rundfunk|Radio Vatikan|Radio Free Europe|' +
  // Names that are also ordinary words (Times, Sun, The Sun, Mirror, Independent, Time, Focus, ABC, Die Zeit,
  // Die Welt, Die Presse) are left out, as above.
  'The Times|Sunday Times|Daily Telegraph|The Independent|Daily Mail|Daily Mirror|USA Today|' +
  'Los Angeles Times|Chicago Tribune|Boston Globe|Huffington Post|HuffPost|Breitbart|Newsweek|Time Magazine|' +
  'Sky News|ABC News|MSNBC|PBS|Le Parisien|L’Équipe|L\'Équipe|Ouest-France|La Vanguardia|El Confidencial|' +
  'La Gazzetta dello Sport|Il Sole 24 Ore|Algemeen Dagblad|Het Parool|Trouw|RTL Nieuws';

/** Countries, regions and major cities; `USA` is a place, whatever it is the abbreviation of. */
const PLACES =
  // Countries and regions; translations only where they differ and the country is often in the news.
  'Deutschland|Germany|Allemagne|Alemania|Germania|Duitsland|Österreich|Austria|Autriche|Schweiz|Switzerland|' +
  'Suisse|Suiza|Svizzera|Frankreich|France|Francia|Frankrijk|Spanien|Spain|Espagne|España|Spagna|Italien|' +
  'Italy|Italie|Italia|Niederlande|Niederlanden|Netherlands|Pays-Bas|Nederland|Belgien|Belgium|Belgique|' +
  'België|Polen|Poland|Pologne|Großbritannien|Britain|Grande-Bretagne|United Kingdom|Royaume-Uni|Reino Unido|' +
  'Regno Unito|England|Schottland|Scotland|Irland|Ireland|Europa|Europe|Afrika|Africa|Afrique|Asien|Asia|' +
  'Nahost|Middle East|USA|US|UK|Vereinigte Staaten|United States|États-Unis|Estados Unidos|Stati Uniti|' +
  'Verenigde Staten|Amerika|America|Kanada|Canada|Mexiko|Mexico|Brasilien|Brazil|Brasil|Argentinien|' +
  'Argentina|China|Chine|Cina|Japan|Japon|Indien|India|Inde|Russland|Russia|Russie|Rusia|Rusland|Ukraine|' +
  'Ucrania|Ucraina|Oekraïne|Israel|Israël|Iran|Irak|Iraq|Syrien|Syria|Türkei|Turkey|Turquie|Turquía|' +
  'Turchia|Turkije|Griechenland|Greece|Grèce|Grecia|Portugal|Schweden|Sweden|Norwegen|Norway|Dänemark|' +
  'Denmark|Finnland|Finland|Tschechien|Ungarn|Hungary|Rumänien|Romania|Bulgarien|Kroatien|Serbien|' +
  'Luxemburg|Luxembourg|Taiwan|Südkorea|South Korea|Nordkorea|North Korea|Australien|Australia|Südafrika|' +
  'South Africa|Ägypten|Egypt|Saudi-Arabien|Saudi Arabia|Katar|Qatar|Libanon|Lebanon|Afghanistan|Pakistan|' +
  'Indonesien|Indonesia|Nigeria|Kenia|Kenya|Marokko|Morocco|Gaza|Gazastreifen|Westjordanland|West Bank|' +
  'Krim|Crimea|Belarus|Venezuela|Kolumbien|Colombia|Kuba|Cuba|' +
  // More of the world's countries, in English and German where the names differ (a country unknown here
  // read as a person or a body: `New Zealand` spoke for `she`). Left out: names that are also given names
  // or family names in the news (`Jordan`, `Chad`), and `Island` (German Iceland, an English word).
  'New Zealand|Neuseeland|Iceland|Estonia|Estland|Latvia|Lettland|Lithuania|Litauen|Slovakia|Slowakei|' +
  'Slovenia|Slowenien|Albania|Albanien|North Macedonia|Nordmazedonien|Bosnia|Bosnien|Montenegro|Kosovo|' +
  'Moldova|Moldau|Georgien|Armenia|Armenien|Azerbaijan|Aserbaidschan|Kazakhstan|Kasachstan|Uzbekistan|' +
  'Usbekistan|Mongolia|Mongolei|Vietnam|Thailand|Cambodia|Kambodscha|Myanmar|Burma|Malaysia|Philippines|' +
  'Philippinen|Bangladesh|Bangladesch|Sri Lanka|Nepal|Yemen|Jemen|Oman|Jordanien|Kuwait|Bahrain|' +
  'United Arab Emirates|Vereinigte Arabische Emirate|Libya|Libyen|Tunisia|Tunesien|Algeria|Algerien|' +
  'Sudan|South Sudan|Südsudan|Ethiopia|Äthiopien|Somalia|Eritrea|Uganda|Tanzania|Tansania|Rwanda|Ruanda|' +
  'Congo|Kongo|Angola|Zambia|Sambia|Zimbabwe|Simbabwe|Mozambique|Mosambik|Namibia|Botswana|Ghana|Senegal|' +
  'Mali|Niger|Tschad|Cameroon|Kamerun|Ivory Coast|Elfenbeinküste|Liberia|Sierra Leone|Madagascar|' +
  'Madagaskar|Cyprus|Zypern|Malta|Chile|Peru|Ecuador|Bolivia|Bolivien|Paraguay|Uruguay|Haiti|Jamaica|' +
  'Jamaika|Panama|Costa Rica|Guatemala|Honduras|El Salvador|Nicaragua|Dominican Republic|' +
  'Dominikanische Republik|Puerto Rico|' +
  // German federal states.
  'Bayern|Baden-Württemberg|Nordrhein-Westfalen|NRW|Niedersachsen|Hessen|Sachsen|Thüringen|Brandenburg|' +
  'Mecklenburg-Vorpommern|Schleswig-Holstein|Rheinland-Pfalz|Saarland|' +
  // Cities.
  'Berlin|Hamburg|München|Munich|Köln|Cologne|Frankfurt|Stuttgart|Düsseldorf|Leipzig|Dresden|Hannover|' +
  'Bremen|Nürnberg|Bonn|Brüssel|Brussels|Bruxelles|Bruselas|Brussel|Wien|Vienna|Zürich|Zurich|Genf|Geneva|' +
  'Genève|Paris|París|Parigi|Parijs|London|Londres|Londra|Londen|Rom|Rome|Roma|Mailand|Milan|Milano|Madrid|' +
  'Barcelona|Lissabon|Lisbon|Amsterdam|Rotterdam|Den Haag|The Hague|Warschau|Warsaw|Prag|Prague|Budapest|' +
  'Athen|Athens|Stockholm|Moskau|Moscow|Moscou|Moscú|Mosca|Kiew|Kyiv|Kiev|Charkiw|Kharkiv|Odessa|Istanbul|' +
  'Ankara|Jerusalem|Tel Aviv|Teheran|Tehran|Beirut|Kairo|Cairo|Dubai|Peking|Beijing|Pékin|Shanghai|' +
  'Hongkong|Hong Kong|Tokio|Tokyo|Seoul|Neu-Delhi|New Delhi|Singapur|Singapore|Washington|New York|' +
  'Los Angeles|San Francisco|Silicon Valley|Chicago|Texas|Kalifornien|California|Florida|Toronto|' +
  // The states of the USA, named daily in its political news (`a poll of Ohio voters`, `Iowa caucuses`):
  // without them a state alone after an article or a preposition reads as an organisation. `Washington`,
  // `New York`, `Texas`, `California` and `Florida` are above; `Georgia` is the country too.
  'Alabama|Alaska|Arizona|Arkansas|Colorado|Connecticut|Delaware|Georgia|Hawaii|Idaho|Illinois|Indiana|Iowa|' +
  'Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|Mississippi|Missouri|Montana|' +
  'Nebraska|Nevada|New Hampshire|New Jersey|New Mexico|North Carolina|North Dakota|Ohio|Oklahoma|Oregon|' +
  'Pennsylvania|Rhode Island|South Carolina|South Dakota|Tennessee|Utah|Vermont|Virginia|West Virginia|' +
  'Wisconsin|Wyoming';

// The given names (read by ../entities/given-names), separated by single spaces: frequent given names
// across German, English, French, Spanish, Italian and Dutch news, plus a few first names of people the
// news names daily (`Elon`, `Olaf`, `Volodymyr`). A capitalised sequence that starts with one of them is
// a person (`Elon Musk`), which matters most in German, where every noun is capitalised and `zwei
// großgeschriebene Wörter` alone prove nothing. Names that are also common words or places are left out
// (`Paris`, `Florence`, `Will`, `Mark` stays: rare as a verb at a sentence start followed by a
// capitalised word).
const NAMES =
  // German
  'Alexander Andreas Angela Anja Anke Anna Annalena Annegret Armin Barbara Bernd Birgit Björn Boris Carsten ' +
  'Christian Christina Christine Christoph Claudia Cem Daniel Dieter Dirk Dorothee Elke Erik Frank Franziska ' +
  'Friedrich Gerhard Gregor Günter Günther Hans Heike Heiko Heinz Helmut Holger Horst Hubertus Ingrid Jan ' +
  'Jens Joachim Johannes Jörg Jürgen Julia Karin Karl Katarina Katharina Katja Klaus Kristina Lars Lukas ' +
  'Malu Manfred Manuela Marcel Marco Markus Martin Matthias Michael Monika Nancy Niklas Norbert Olaf Peter ' +
  'Petra Rainer Reiner Ralf Robert Rolf Sabine Sahra Sandra Sebastian Silke Stefan Steffen Stephan Susanne ' +
  'Svenja Thomas Thorsten Tobias Uli Ulrich Ursula Uwe Volker Walter Werner Winfried Wolfgang Markus ' +
  'Jonas Leon Felix Maximilian Paul Ben Finn Elias Noah Luca Lea Lena Laura Marie Sophie Hannah Emma Mia ' +
  'Lisa Eva Petra Karl Kurt Otto Ernst Fritz Heinrich Hermann Wilhelm Georg Ludwig Josef Franz Hubert ' +
  'Herbert Rudolf Gerd Detlef Dietmar Egon Erwin Harald Helga Hildegard Ilse Inge Jutta Kerstin Marion ' +
  'Nadine Nicole Renate Rita Ute Tanja Simone Stefanie Vanessa Verena Christa Brigitte Gabriele Gisela ' +
  'Hannelore Claus Hartmut Hanno Jakob Konrad Moritz Philipp Robin Till Timo Florian Dominik Patrick ' +
  'Oliver Sven Torsten Ralph Axel Achim Bernhard Dietrich Eckart Alfred Benedikt Cornelia Doris Edmund ' +
  'Emil Frieder Hendrik Ingo Lothar Marlene Reinhard Siegfried Theo Ulla Wiebke Yvonne Gesine Kai Nils ' +
  // English
  'Adam Alan Alice Amy Andrew Anthony Antony Barack Ben Bernie Bill Bob Brian Catherine Charles Chris ' +
  'Christopher Chuck Daniel David Donald Edward Elizabeth Elon Emily Emma Eric Gavin George Gordon Hillary ' +
  'Hunter Jack Jacob James Jane Jason Jeff Jeffrey Jennifer Jeremy Jessica Jim Joe John Jonathan Joseph ' +
  'Justin Kamala Karen Keir Kevin Kim Laura Liz Margaret Mark Mary Matthew Melania Michelle Mike Nancy Nick ' +
  'Nicola Nigel Patrick Paul Rachel Richard Rishi Robert Ron Sam Sarah Satya Scott Sean Steve Steven Sundar ' +
  'Susan Tim Timothy Tony Victoria William ' +
  'Abigail Alexandra Amanda Andrea Angela Anthony Ashley Brandon Brett Carol Charlie Chelsea Colin Craig ' +
  'Dan Dana Debbie Dennis Diane Donna Doug Douglas Ed Ellen Eric Frances Gary Gina Greg Gregory Harry ' +
  'Heather Helen Henry Ian Jamie Janet Jared Jay Jeb Jenny Jerry Jill Joan Joel Josh Joshua Joyce Judy Julie ' +
  'Karl Kate Katherine Kathleen Kathy Keith Kelly Ken Kenneth Kyle Larry Lindsey Lisa Lori Marco Marcus ' +
  'Maria Marie Martha Megan Melissa Mitch Mitt Nathan Neil Nikki Norah Oliver Pamela Pat Pete Peter Phil ' +
  'Rand Randy Rebecca Reince Rex Rick Rob Roger Rudy Russell Ruth Ryan Sally Samantha Sandra Sharon ' +
  'Stephanie Stephen Terry Theresa Thomas Todd Tom Tyler Valerie Vincent Walter Wayne ' +
  // Also states (see PLACES): as the first of two names the given name wins (`Virginia Foxx`).
  'Virginia Georgia ' +
  // French
  'Alain Anne Antoine Bruno Catherine Claire Emmanuel Édouard Élisabeth François Françoise Gabriel Gérald ' +
  'Isabelle Jacques Jean Jean-Luc Jean-Marie Jean-Pierre Julien Laurent Marine Marie Michel Nathalie ' +
  'Nicolas Olivier Philippe Pierre Sébastien Ségolène Valérie Yannick ' +
  // Spanish
  'Alberto Alejandro Ana Antonio Carlos Carmen Cristina Felipe Fernando Francisco Isabel Javier Jorge José ' +
  'Juan Luis Manuel María Miguel Pablo Pedro Rafael Santiago Sergio Teresa Yolanda ' +
  // Italian
  'Alessandro Andrea Antonella Carlo Elly Enrico Francesco Giancarlo Giorgia Giovanni Giuseppe Giulia ' +
  'Lorenzo Luca Luigi Marco Mario Matteo Paolo Roberto Sergio Silvio Stefano ' +
  // Dutch
  'Dick Frans Geert Hendrik Jan Jesse Johan Kees Klaas Mark Pieter Rob Sigrid Wopke Willem ' +
  // Names the news uses daily
  'Ali Benjamin Ehud Narendra Recep Vladimir Volodymyr Wladimir Wolodymyr Xi Sergej Sergei Sergey ' +
  'Alexej Alexei Aleksandr Ilon Ron Rupert Warren Jerome Christine Ursula Kaja Roberta António Charles ' +
  // More German given names, of every generation
  'Jana Jasmin Jannik Janine Jochen Judith Julian Julius Justus Kathrin Katrin Konstantin Lara Leonie Linda ' +
  'Luisa Lutz Maik Mandy Marc Mareike Margarete Margot Marina Mario Marius Marko Martina Mathias Max Melanie ' +
  'Michaela Miriam Nico Niels Nina Norman Pascal Patricia Paula Pia Regina René Rene Roland Ronald Rüdiger ' +
  'Sascha Selina Simon Sonja Sophia Steffi Sybille Tamara Theresa Thilo Tina Torben Ulrike Valentin Veronika ' +
  'Viktor Wilfried Zoe Angelika Annette Antje Bärbel Beate Bettina Britta Carola Carolin Charlotte Dagmar ' +
  'Daniela Diana Edith Erika Esther Fabian Frauke Friederike Gerda Gerlinde Gudrun Hanna Hannes Heidi ' +
  'Heiner Heino Helene Henning Henrik Ines Ina Irene Isabel Jacqueline Jasper Joschka Jost Karsten Kilian Knut ' +
  'Lina Ludger Lucas Magdalena Marianne Marlies Meike Merle Nele Olga Ole Oskar Peer Philip Raphael Rosemarie ' +
  'Sabrina Sigmar Sophie Stella Swen Theodor Ulf Vera Wolfram Omid Aydan Canan Serap Özlem Ricarda Saskia Tino ' +
  'Guido Edmund Kurt Gerold Hannes Lorenz Mathias Renate Rupert Sigmund Waltraud Wulf ' +
  // More English given names
  'Aaron Allison Amber Annie Arthur Betty Beverly Billy Bobby Bonnie Brad Bradley Brenda Bruce Bryan Carl ' +
  'Carla Caroline Cathy Christina Cindy Claire Cory Corey Curtis Cynthia Dave Deborah Denise Derek Devin ' +
  'Dianne Don Dylan Elaine Elijah Elliott Erin Ethan Evan Fred Gene Glenn Gretchen Hank Howard Irene Jackie ' +
  'Jake Jeanne Jenna Jesse Jimmy Joanna Jody Johnny Jon Judith Julia Julian Kellyanne Kirsten Kristen Kurt ' +
  'Lamar Lauren Leon Leslie Louis Louise Lucy Luke Lynn Madeleine Marcia Marilyn Marsha Martin Max Meghan ' +
  'Mick Molly Natalie Newt Nicole Noah Paige Patricia Patty Paula Peggy Penny Ralph Raymond Rebekah Reid ' +
  'Rhonda Ricky Rita Robin Rod Rodney Ronald Ronna Rosa Ross Roy Samuel Sara Seth Shawn Sheila Shirley ' +
  'Stacey Stan Stuart Susie Sylvia Ted Teresa Tiffany Tina Tommy Tracy Trey Troy Vanessa Vernon Wendy ' +
  'Wesley Zach Zachary Ivanka Beto Jeanine Lindsay Marjorie Kevin Hakeem Chuck Merrick Loretta ' +
  // International names the news uses often
  'Abdel Abdul Abdullah Ahmed Ahmad Amir Ashraf Bashar Hassan Hossein Ibrahim Ismail Jair Kofi Luiz Mahmoud ' +
  'Mahmud Mohammed Mohammad Mohamed Muhammad Mustafa Nawaz Nelson Omar Shinzo Tayyip Yoshihide Yair Yitzhak ' +
  'Ariel Shimon Naftali Yasser Hamid Nuri Hosni Muammar Fidel Raúl Hugo Evo Nicolás Lula Dilma Néstor ' +
  'Mauricio Álvaro Alexis Andrzej Lech Jarosław Mateusz Janez Andrej Miloš Aleksandar Slobodan Ekrem Kemal ' +
  'Anders Mette Sanna Erna Sauli Margrethe Nikos Kyriakos Giorgos Boutros Jiang Hu Wen Zhou Deng Mao ' +
  'Manmohan Imran Benazir Shehbaz Petro Mikhail Michail Dmitri Dmitrij Dmitry Nikolai Juri Yuri Gennadi ' +
  'Alexander Jacinda Scott Malcolm Kevin Justin Pierre Stephen Jean-Claude Mario Romano Matteo Giuseppe Enda ' +
  'Leo Micheál Mariano Pedro Alexis Viktor Robert Andrej Igor Recep Mohsen Mir Hassan Akbar Ebrahim Ali';

// Which of the given names are women's, and which are given to women and men alike (or are family names
// that stand first, `Xi`, `Hu`): a pronoun (`er`, `she`) does not stand for a person whose given name says
// otherwise. Every other given name above is a man's. `Simone`, `Andrea`, `Gabriele` are women's names in
// German and men's in Italian; `Nicola` likewise in English and Italian.
const FEMALE_NAMES =
  'Angela Anja Anke Anna Annalena Annegret Barbara Birgit Christina Christine Claudia Dorothee Elke ' +
  'Franziska Heike Ingrid Julia Karin Katarina Katharina Katja Kristina Malu Manuela Monika Nancy Petra ' +
  'Sabine Sahra Sandra Silke Stefanie Susanne Svenja Ursula Lea Lena Laura Marie Sophie Hannah Emma Mia ' +
  'Lisa Eva Helga Hildegard Ilse Inge Jutta Kerstin Marion Nadine Nicole Renate Rita Ute Tanja Vanessa ' +
  'Verena Christa Brigitte Gisela Hannelore Cornelia Doris Marlene Ulla Wiebke Yvonne Gesine Alice Amy ' +
  'Catherine Elizabeth Emily Hillary Jane Jennifer Jessica Kamala Karen Liz Margaret Mary Melania ' +
  'Michelle Rachel Sarah Susan Victoria Abigail Alexandra Amanda Carol Chelsea Debbie Diane Donna Ellen ' +
  'Frances Gina Heather Helen Janet Jill Joan Joyce Judy Julie Kate Katherine Kathleen Kathy Lori Maria ' +
  'Martha Megan Melissa Nikki Norah Pamela Rebecca Ruth Sally Samantha Sharon Stephanie Theresa Valerie ' +
  'Virginia Georgia Anne Claire Élisabeth Françoise Isabelle Marine Nathalie Ségolène Valérie Ana ' +
  'Carmen Cristina Isabel María Teresa Yolanda Antonella Elly Giorgia Giulia Sigrid Kaja Roberta Jana ' +
  'Jasmin Janine Judith Kathrin Katrin Lara Leonie Linda Luisa Mandy Mareike Margarete Margot Marina ' +
  'Martina Melanie Michaela Miriam Nina Patricia Paula Pia Regina Selina Sonja Sophia Steffi Sybille ' +
  'Tamara Tina Ulrike Veronika Zoe Angelika Annette Antje Bärbel Beate Bettina Britta Carola Carolin ' +
  'Charlotte Dagmar Daniela Diana Edith Erika Esther Frauke Friederike Gerda Gerlinde Gudrun Hanna ' +
  'Heidi Helene Ines Ina Irene Jacqueline Lina Magdalena Marianne Marlies Meike Merle Nele Olga ' +
  'Rosemarie Sabrina Stella Vera Aydan Canan Serap Özlem Ricarda Saskia Waltraud Allison Amber Annie ' +
  'Betty Beverly Bonnie Brenda Carla Caroline Cathy Cindy Cynthia Deborah Denise Dianne Elaine Erin ' +
  'Gretchen Jeanne Jenna Joanna Kellyanne Kirsten Kristen Lauren Louise Lucy Madeleine Marcia Marilyn ' +
  'Marsha Meghan Molly Natalie Paige Patty Peggy Penny Rebekah Rhonda Ronna Rosa Sara Sheila Shirley ' +
  'Stacey Susie Sylvia Tiffany Wendy Ivanka Jeanine Marjorie Loretta Dilma Mette Sanna Erna Margrethe ' +
  'Benazir Jacinda';

const UNISEX_NAMES =
  'Kim Robin Sam Pat Chris Jesse Jean Andrea Dana Kelly Ashley Jackie Jody Leslie Lynn Tracy Terry Lindsey ' +
  'Lindsay Alexis Ariel Nicola Simone Gabriele Sascha Uli Hu Wen Zhou Deng Mao Jiang Xi Mir';

/** The lists every pack includes as its `names` (the same object in every pack). */
export const names: NameLists = { organizations: ORGANIZATIONS, sources: SOURCES, places: PLACES, givenNames: NAMES, femaleNames: FEMALE_NAMES, unisexNames: UNISEX_NAMES };
