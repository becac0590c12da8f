// Frequent given names across German, English, French, Spanish, Italian and Dutch news, plus a few
// first names of people the news names daily (`Elon`, `Olaf`, `Volodymyr`). A capitalised sequence
// that starts with one of them is a person (`Elon Musk`), which matters most in German, where every
// noun is capitalised and `zwei großgeschriebene Wörter` alone prove nothing. Names that are also
// common words or places are left out (`Paris`, `Florence`, `Will`, `Mark` stays: rare as a verb
// at a sentence start followed by a capitalised word).
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
  'Alexej Alexei Aleksandr Ilon Ron Rupert Warren Jerome Christine Ursula Kaja Roberta António Charles';

const set = new Set(NAMES.split(' '));

/** Whether `word` is a frequent given name; hyphenated ones count when every part is one (`Hans-Peter`). */
export function isGivenName(word: string): boolean {
  if (set.has(word)) return true;
  if (!word.includes('-')) return false;
  return word.split('-').every((part) => set.has(part));
}
