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

const set = new Set(NAMES.split(' '));

/** Whether `word` is a frequent given name; hyphenated ones count when every part is one (`Hans-Peter`). */
export function isGivenName(word: string): boolean {
  if (set.has(word)) return true;
  if (!word.includes('-')) return false;
  return word.split('-').every((part) => set.has(part));
}
