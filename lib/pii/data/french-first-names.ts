/**
 * Common first names of people living in France, written from general knowledge for Vigie (no
 * external list copied): classic and recent French names, compound names, regional names
 * (Breton, Basque, Occitan, Corsican, Alsatian), and names frequent in France from other origins
 * (Maghreb, West Africa, Portugal, Spain, Italy, Eastern Europe, Turkey, Vietnam and East Asia,
 * the Antilles and Réunion), plus common English names. Whitespace-separated; matching folds
 * case and accents, so each name is written once. Names that are also ordinary words or places
 * ("Rose", "Pierre", "Florence") stay here; the detector treats them with more caution.
 */
export const FRENCH_FIRST_NAMES_TEXT = `
Aaron Abel Abdel Abdelkader Abdellah Abdelaziz Abdelhak Abdelkrim Abdellatif Abdelmalek Abdou
Abdoul Abdoulaye Abdourahmane Abraham Achille Adam Adama Adel Adem Adil Adnane Adolphe Adrien
Ahmed Ahmet Aimé Alain Alan Alban Albert Albin Alexandre Alexis Alfred Ali Alix Allan Aloïs
Alphonse Amadou Amaury Ambroise Amédée Amine Amir Anatole Anderson André Andréa Andy Ange Angelo
Anis Anselme Anthony Antoine Antonin Antonio Apolline Aristide Armand Armel Arnaud Arsène Arthur
Aubin Auguste Augustin Aurélien Axel Aymeric Aziz Baptiste Barthélemy Basile Bastien Baudouin
Benjamin Benoît Bernard Bertrand Bilal Blaise Boris Brahim Brice Bruno Camille Cédric Céleste
Célestin Césaire César Charles Charlie Christian Christophe Claude Clément Clovis Colin Côme
Constant Constantin Corentin Cyprien Cyril Cyrille Damien Daniel Dany David Denis Didier Dimitri
Dominique Donatien Dorian Edgar Edmond Édouard Elias Élie Eliott Élisée Elliot Éloi Émeric Émile
Émilien Emmanuel Enzo Éric Ernest Erwan Esteban Étienne Eudes Eugène Evan Ewen Fabien Fabrice
Félicien Félix Ferdinand Fernand Firmin Florent Florian Francis Franck François Frédéric Gabin
Gabriel Gaël Gaétan Gaëtan Gaspard Gaston Gauthier Gautier Geoffrey Geoffroy Georges Gérald
Gérard Germain Ghislain Gilbert Gilles Grégoire Grégory Guillaume Gustave Guy Gwenaël Hector
Henri Herbert Hervé Hilaire Hippolyte Honoré Horace Hubert Hugo Hugues Ignace Isidore Jacques
Jacky Jean Jérémie Jérémy Jérôme Joachim Joël Johan Johann Jonathan Jordan José Joseph Josselin
Jules Julien Justin Kevin Kévin Killian Kylian Lambert Laurent Lazare Léo Léon Léonard Léonce
Léopold Lilian Lionel Loïc Loïs Louis Luc Lucas Lucien Ludovic Maël Maëlan Marc Marceau Marcel
Marius Martial Martin Matéo Mathéo Mathias Mathieu Mathis Matthieu Maurice Max Maxence Maxime
Maximilien Médéric Michel Mickaël Mickael Nathan Nathanaël Nicolas Noé Noël Norbert Octave
Odilon Olivier Oscar Pascal Patrice Patrick Paul Paulin Philibert Philippe Pierre Pierrick
Prosper Quentin Raphaël Raoul Raymond Régis Rémi Rémy Renaud René Richard Robert Robin Rodolphe
Rodrigue Roger Roland Romain Romaric Romuald Ronan Rubens Ruben Sacha Samuel Sébastien Serge
Séverin Simon Stanislas Stéphane Sylvain Sylvestre Sylvère Teddy Théo Théodore Théophile
Thibault Thibaut Thierry Thomas Timothée Tristan Ulysse Urbain Valentin Valère Valéry Victor
Vincent Virgile Vivien Wilfried William Xavier Yann Yannick Yanis Yoann Yohan Yves Yvon Yvan
Zacharie Zéphyrin Jimmy Johnny Jordy Jason Dylan Kelyan Kenzo Lenny Liam Lorenzo Louka Luka Malo
Marin Milo Nino Noah Nolan Owen Raphael Sandro Sasha Timéo Timeo Tom Tony Valentino Wilson
Mattéo Evann Ethan Éthan Aëlig Alessio Ayden Aylan Eden Elio Kaïs Kaïss Lyam Maé Mahé Naël Nael
Sohan Soan Swann Tiago Tiziano Gianni Giovanni Adèle Adeline Adrienne Agathe Agnès Aimée Albane
Alexandra Alexia Alice Aline Alison Alizée Amandine Amélie Anaïs Anastasia Andrée Angèle
Angélique Anne Annabelle Annette Annick Annie Antoinette Ariane Arlette Armelle Astrid Aude
Audrey Augustine Aurélie Aurore Axelle Barbara Bénédicte Bérangère Bernadette Berthe Béatrice
Blanche Brigitte Capucine Carine Carole Caroline Catherine Cécile Céline Chantal Charlène
Charlotte Chloé Christelle Christiane Christine Claire Clara Clarisse Claudette Claudine
Clémence Clémentine Cloé Colette Coline Coralie Corinne Cyrielle Danièle Danielle Delphine
Denise Diane Dorothée Edith Édith Éléonore Éliane Élisabeth Élise Élodie Éloïse Elsa Émeline
Émilie Emma Emmanuelle Estelle Esther Eugénie Éva Ève Évelyne Fabienne Fanny Félicie Fernande
Flavie Florence Florine Francine Françoise Frédérique Gabrielle Gaëlle Geneviève Georgette
Germaine Ghislaine Gisèle Hélène Héloïse Henriette Hortense Huguette Inès Ingrid Irène Isabelle
Jacqueline Jeanne Jeannine Jennifer Jessica Joëlle Josette Josiane Joséphine Judith Julia Julie
Juliette Justine Karine Laetitia Lætitia Laure Laurence Léa Léonie Léontine Liliane Louise Lucie
Lucienne Ludivine Lydie Madeleine Maëlle Magali Manon Marcelle Margaux Margot Marguerite
Marianne Marie Marielle Marine Marion Marjorie Marthe Martine Mathilde Maud Mélanie Mélissa
Michèle Micheline Mireille Monique Morgane Muriel Myriam Nadège Nadine Nathalie Nelly Nicole
Noémie Océane Odette Odile Olivia Pascale Patricia Paule Pauline Perrine Philippine Pierrette
Raymonde Rebecca Régine Renée Rolande Rosalie Rose Roseline Sabine Sabrina Salomé Sandra
Sandrine Sarah Séverine Simone Solange Solène Sophie Stéphanie Suzanne Suzette Sylvie Tatiana
Thérèse Valentine Valérie Vanessa Véronique Victoire Victorine Virginie Viviane Yolande Yvette
Yvonne Zoé Ambre Alba Alma Anna Ava Bérénice Camélia Candice Cassandre Célia Célestine Clélia
Constance Daphné Deborah Élia Éléna Elena Ella Elyne Éline Emy Enola Faustine Flora Gabriella
Giulia Inaya Iris Jade Jenna Joy Juliana Kelly Lana Lena Léna Léana Léonore Lila Lilou Lily Lina
Lisa Lison Livia Lola Lou Louane Louna Louisa Luna Lya Maëlys Maélys Maïa Mathilda Maya Mila
Milla Mya Nina Noa Nora Olympe Ophélie Paloma Romane Rosa Roxane Sixtine Soline Suzie Talia Tess
Thaïs Victoria Violette Zélie Alicia Amanda Cindy Gwendoline Jessy Johanna Kimberley Laura
Laurie Leslie Lorie Mégane Melissa Morgan Priscilla Sandy Sonia Stacy Tiffany Vanina Wendy
Cynthia Ophélia Lucile Lucille Marina Marlène Maryse Nicolette Paulette Pierrine Jean-Pierre
Jean-Claude Jean-Marie Jean-Paul Jean-Luc Jean-Michel Jean-François Jean-Louis Jean-Jacques
Jean-Marc Jean-Philippe Jean-Christophe Jean-Baptiste Jean-Yves Jean-Noël Jean-Charles
Jean-Daniel Jean-Denis Jean-Guy Jean-Bernard Jean-Max Jean-Pascal Jean-Patrick Jean-Sébastien
Jean-Frédéric Jean-Emmanuel Jean-Rémi Jean-Robert Jean-Roch Jean-Gabriel Jean-Lou Jean-Alain
Jean-Dominique Jean-Eudes Jean-Hugues Jean-Vincent Jean-Thomas Pierre-Yves Pierre-Louis
Pierre-Alain Pierre-Marie Pierre-Antoine Pierre-Henri Pierre-Jean Pierre-Olivier Pierre-Emmanuel
Paul-Henri Paul-Antoine Paul-Émile Louis-Marie Marc-Antoine Marc-André Marc-Olivier
François-Xavier Charles-Henri Charles-Édouard Jacques-Henri Anne-Marie Anne-Sophie Anne-Claire
Anne-Laure Anne-Lise Anne-Catherine Anne-Charlotte Marie-Claire Marie-Christine Marie-Hélène
Marie-France Marie-Thérèse Marie-Pierre Marie-Laure Marie-Anne Marie-José Marie-Noëlle
Marie-Odile Marie-Paule Marie-Louise Marie-Josée Marie-Agnès Marie-Cécile Marie-Jeanne
Marie-Line Marie-Madeleine Marie-Françoise Marie-Annick Marie-Chantal Marie-Caroline
Marie-Charlotte Marie-Amélie Marie-Ange Marie-Lou Marie-Alix Marie-Eve Marie-Dominique
Marie-Emmanuelle Marie-Sophie Marie-Béatrice Marie-Aude Marie-Gabrielle Marie-Rose Marie-Jo
Marie-Luce Marie-Armelle Marie-Bernadette Marie-Camille Marie-Catherine Marie-Sylvie
Marie-Véronique Marie-Yvonne Marie-Josèphe Rose-Marie Lise-Marie Louise-Marie Jeanne-Marie
Claire-Marie Laure-Anne Gwendal Loïg Tanguy Tugdual Brieuc Goulven Gurvan Yannig Mathurin Tudal
Elouan Ewenn Maëlig Maïwenn Nolwenn Gwenaëlle Enora Rozenn Soazig Gaïd Katell Klervi Bleuenn
Anaig Anaïg Gwladys Maïna Morwenna Youenn Yvonnick Iñaki Inaki Peio Xabi Xabier Beñat Benat
Eneko Mikel Ander Unai Manex Ellande Battitt Ximun Txomin Kepa Gorka Aitor Ainhoa Maialen
Maitena Amaia Miren Nahia Garazi Itziar Oihana Leire Haizea Irati Maddi Nekane Uxue Idoia
Arantxa Josu Iker Julen Asier Joanes Ttotte Pantxo Peyo Gaizka Bixente Mattin Mixel Pantxika
Kattalin Graxiana Elixabete Antton Ibai Guilhem Guillem Aurélian Bertomieu Estève Ramon Jòrdi
Mirèio Mirèille Nadal Bernat Arnaut Sicard Guiraud Esclarmonde Ange-Marie Antoine-Marie
Dominique-Marie Jean-Toussaint Toussaint Paul-Mathieu Orsu Petru Ghjuvanni Santu Ghjacumu
Saveriu Battistu Letizia Maria-Francesca Anghjula Ghjulia Laetizia Hans Fritz Franz Jürgen
Eckart Aloyse Aloïse Joseph-Xavier Lothaire Ottilie Mohamed Mohammed Muhammad Mohamad Mohammad
Ahmad Omar Oumar Karim Kader Khaled Khalid Samir Sami Said Saïd Rachid Rachida Hassan Hassane
Hussein Hocine Houcine Farid Farida Nabil Nabila Mourad Mounir Mounia Malik Malika Mehdi Medhi
Mehmet Mustapha Mustafa Moustapha Nordine Noureddine Nourdine Nasser Nassim Nassima Nadir Nadia
Nadjia Najat Naïma Naima Nawel Nesrine Norah Noura Leila Leïla Layla Lyla Yasmine Yasmina
Yassine Yacine Younes Youssef Yousef Youcef Yusuf Sofiane Soufiane Sofia Sophia Sabri Salim
Salima Salah Salem Selim Selma Samia Samira Samy Sara Souad Soumaya Sonya Fatima Fatma Fatiha
Fatoumata Fatou Farah Faïza Fadila Fadela Fouad Fayçal Faycal Faiza Habib Hakim Halima Hamid
Hamza Hanane Hanna Hannah Hassina Hayat Hicham Hichem Houria Ibrahim Idriss Ilham Ilyes Ilyas
Ilias Imane Imen Ismaël Ismail Ismaïl Issa Jamal Jamel Djamel Djamila Jamila Jalil Kamel Kamal
Karima Kenza Khadija Khadidja Lahcen Lakhdar Latifa Lamia Loubna Lotfi Madjid Majid Mahmoud
Mahdi Malek Mariam Maryam Meriem Myriem Mohand Mokhtar Mouloud Mounira Nacer Naoufel Nawal Nizar
Ouassim Wassim Walid Wahiba Warda Yamina Yasmin Younès Zakaria Zakariya Zacharia Zineb Zohra
Zoubir Zahia Zahra Zaïd Zied Ziad Zinedine Aïcha Aicha Aïssa Aïssatou Amel Amal Amina Aminata
Anissa Asma Assia Aya Ayoub Ayman Aymen Badr Bachir Bouchra Chaïma Chahinez Cherif Chérif Dalila
Dounia Driss Fares Farès Fethi Ghani Hafid Hafsa Hajar Hedi Héli Ibtissam Ikram Ilian Ilan Kais
Kamila Khalil Lamine Lyes Lyna Manel Marwa Marwan Meryem Mohcine Mohsen Nourhane Oussama Rayan
Rayane Redouane Ridouane Riad Riyad Rim Rania Sabah Sadek Safia Safiya Saïda Sanaa Sélim Siham
Sirine Slimane Soraya Tahar Tarek Tarik Tariq Yasser Yousra Zaïna Zayneb Ilyès Anass Anas
Abdallah Abdelhamid Abdelali Abderrahmane Abderrahim Abdessamad Abdelghani Abdelhafid Aziza
Mamadou Moussa Ibrahima Ousmane Boubacar Souleymane Seydou Modibo Cheikh Cheick Alassane Aliou
Babacar Bakary Demba Djibril Fodé Lassana Mahamadou Malick Mamoudou Modou Ousseynou Samba Sekou
Sékou Siaka Sidiki Tidiane Youssouf Yaya Amara Ansoumane Boubou Daouda Dramane Kalidou Karamoko
Mory Oumarou Salif Sory Tiémoko Aïssata Assa Astou Awa Binta Coumba Djeneba Fanta Fatim Hawa
Kadiatou Kadidia Khady Mariama Mariame Maimouna Mamou Marième Nafi Ndeye Oumou Ramata Rokia
Safiatou Salimata Sokhna Sira Kadi Koumba Penda Dieynaba Djenaba Mariatou Yacouba Fousseyni
Bintou Emmanuella Grâce Glodie Dieudonné Chancelvie Serge-Alain Prisca Dorcas Kouassi Kouadio
Konan Koffi Kofi Yao Kwame Akissi Adjoua Amenan Affoué Kodjo Komi Kossi Chidi Chinedu Emeka
Ngozi Oluwaseun Tunde Femi Yemi Kemi Ifeoma Chioma Abiola Folake Sade Assane Ndèye Coura Ngoné
Rokhaya Thierno João Joao Manuel Manuela Maria Ana Carlos Paulo Pedro Luis Luís Luísa Luisa Rui
Nuno Diogo Duarte Gonçalo Fernando Fernanda Francisco Joaquim Joaquina Jorge Miguel Ricardo
Sérgio Sergio Vítor Vitor Filipe Nelson Armando Alberto Américo Abílio Adelino Agostinho Aníbal
Artur Custódio Domingos Fátima Conceição Graça Helena Inês Isabel Joana Lurdes Margarida Rosário
Sónia Teresa Albertina Amélia Aurora Beatriz Carla Catarina Cristina Dulce Emília Glória Irene
Lúcia Mafalda Marta Natália Olga Patrícia Paula Raquel Rita Susana Vera Eduardo Emanuel Henrique
Jaime Leonel Mário Marco Orlando Raul Rodrigo Sebastião Simão Valter Vasco Alejandro Álvaro
Andrés Ángel Carmen Concepción Consuelo Dolores Encarnación Enrique Esperanza Francisca
Guadalupe Ignacio Javier Jesús Juan Juana Julio Lorena Lucía Manolo Marisol Montserrat Nieves
Pablo Paco Pilar Rafael Ramón Remedios Rocío Rosario Santiago Soledad Yolanda Alfonso Anabel
Asunción Begoña Blanca Cristóbal Diego Domingo Emilio Eva Federico Felipe Gerardo Gonzalo
Guillermo Gustavo Héctor Inmaculada Jacinto Jimena Josefa Josefina Leticia Marcos Mariano Nerea
Nuria Óscar Pepe Pepita Raúl Roberto Salvador Teodoro Tomás Alessandro Alessandra Andrea Angela
Antonella Beatrice Bianca Carlo Chiara Claudio Cristiano Daniela Davide Domenico Elisa Enrico
Ettore Fabio Fabrizio Federica Francesca Franco Gabriele Giacomo Gianluca Gino Giorgio Giulio
Giuseppe Giuseppina Giovanna Ilaria Luca Luciano Luigi Marcello Massimo Matteo Maurizio Michele
Nicola Paola Pietro Raffaele Riccardo Roberta Rocco Salvatore Silvia Simona Stefano Stefania
Tommaso Valentina Vincenzo Vittorio Concetta Filomena Rosaria Carmela Assunta Annunziata Nunzio
Antonietta Lucia Piotr Pawel Paweł Krzysztof Tomasz Marek Andrzej Janusz Stanisław Wojciech
Zbigniew Jerzy Agnieszka Katarzyna Malgorzata Małgorzata Joanna Magdalena Ewa Dorota Monika
Beata Irina Natalia Natalya Svetlana Tatyana Ekaterina Oksana Yulia Ioulia Ludmila Lioudmila
Galina Nadejda Ksenia Xenia Daria Dasha Polina Alina Ivan Igor Sergueï Sergei Dmitri Vladimir
Nikolaï Nikolai Mikhail Andreï Andrei Alexeï Alexei Oleg Pavel Iouri Yuri Youri Viktor Vitali
Anatoli Artem Maksim Bogdan Taras Mihai Ioan Gheorghe Vasile Florin Cristian Adrian Alin Ionut
Ionela Andreea Ioana Mihaela Gabriela Roxana Oana Raluca Dragan Goran Zoran Milan Dusan Dušan
Nenad Nikola Milica Jelena Ivana Marija Snezana Arben Besnik Ardit Edon Valon Elira Arta Hasan
Hüseyin Huseyin Ayşe Ayse Emine Hatice Zeynep Elif Esra Merve Büşra Busra Kübra Kubra Tuğba
Tugba Sevgi Emre Burak Murat Kemal Cem Deniz Serkan Volkan Ömer Omer Osman Orhan Erkan Erdem
Onur Selin Seda Derya Gül Gulsen Gülsen Özlem Ozlem Songül Hakan Kadir Yasin Recep Halil Aram
Armen Arman Anahit Araksi Garo Haïg Hagop Krikor Nairi Sevan Vartan Zabel Minh Linh Anh Huong
Hương Thanh Tuan Tuấn Hung Hùng Phuong Phương Thuy Thủy Trang Hien Hiền Hải Duc Đức Quang Vinh
Khanh Dung Dũng Thao Thảo Ngoc Ngọc Hanh Hạnh Tâm Bảo Cuong Cường Hieu Hiếu Huy Khoa Loan Nga
Nhung Quynh Quỳnh Sơn Tien Tiến Trinh Trung Tuyet Uyen Vân Xuan Xuân Yến Chau Châu Diep Hoang
Hoàng Lien Wei Jing Ying Yan Hui Xiaoyan Xiaoming Ming Fang Qing Yong Zhen Jie Hao Chun Feng
Jian Jin Li-Na Liping Meiling Meili Xin Xiu Yun Sokha Sophea Sophal Srey Bopha Dara Vanna
Chantha Sokunthea Kosal Visal Chanthou Somchai Hiroshi Takeshi Yuki Kenji Akiko Keiko Yoko
Sakura Haruto Aiko Naoko Satoshi Ji-woo Min-jun Seo-yeon Ji-hoon Hyun Raj Rajesh Ravi Priya
Anjali Arjun Deepak Sunita Vijay Sanjay Anita Aarav Aditi Amit Ashok Geeta Kiran Lakshmi Meena
Nisha Pooja Rahul Ramesh Sandeep Shanti Suresh Vikram Naveen Harpreet Gurpreet Jaspreet Mandeep
Simran Rudy Ruddy Rony Ronny Willy Ginette Lucette Evens Wilfrid Frantz Jean-Ronel Ronel Woodly
Widlyne Mylène Murielle Christella Guylaine Guylène Nicaise Rosemond Yoland Cédrick Maeva Moana
Tehani Teva Tehei Heiarii Hinano Hinatea Ravaka Fanja Hery Haja Lova Mialy Nirina Rivo Tojo
Voahangy Faly Tiana Toky Niry Andry James John Michael Christopher Matthew Mark Donald Steven
Andrew Joshua Kenneth George Brian Edward Ronald Timothy Jeffrey Ryan Jacob Gary Nicholas Eric
Stephen Larry Scott Brandon Gregory Frank Alexander Jack Dennis Jerry Tyler Henry Douglas Peter
Zachary Walter Kyle Harold Carl Jeremy Keith Gerald Terry Sean Lawrence Austin Joe Jesse Bryan
Billy Bruce Willie Ralph Roy Wayne Eugene Logan Randy Russell Philip Bobby Bradley Mary Linda
Elizabeth Susan Karen Nancy Betty Margaret Ashley Kimberly Emily Donna Michelle Carol Dorothy
Stephanie Sharon Kathleen Amy Shirley Brenda Pamela Helen Samantha Katherine Debra Rachel
Carolyn Janet Heather Ruth Joyce Virginia Lauren Christina Evelyn Megan Cheryl Martha Gloria Ann
Madison Frances Kathryn Janice Abigail Judy Grace Amber Doris Marilyn Beverly Isabella Theresa
Diana Natalie Brittany Kayla Lori Oliver Harry Freddie Alfie Archie Leo Theo Isaac Finley
Harrison Toby Sebastian Reuben Amelia Isla Mia Ivy Rosie Evie Poppy Willow Daisy Sienna Phoebe
Ellie Millie Freya Matilda Imogen Ruby Scarlett Harriet Lucy Molly Holly Chloe Bethany Gemma
Kirsty Hayley Leanne Stacey Lindsay Kerry Fiona Siobhan Niamh Sinead Aoife Ciara Saoirse Declan
Ciaran Cian Niall Padraig Seamus Eoin Connor Conor Callum Lewis Kieran Ross Craig Gavin Fraser
Hamish Alistair Angus Iain Ewan Euan Duncan Klaus Wolfgang Dieter Helmut Günter Gunther Uwe Jörg
Jens Sven Lars Niels Nils Erik Björn Bjorn Anders Magnus Henrik Mats Olaf Gustav Sigrid Greta
Heidi Ursula Gisela Helga Petra Birgit Karin Kerstin Anke Silke Annika Frida Linnea Maja Elin
Wilma Ebba Pieter Joost Bram Daan Sanne Femke Lotte Anouk Maaike Willem Wouter Jeroen Koen Luuk
Stijn Ruud Dirk Geert Hendrik Lieve Katrien Veerle Griet Lukas Jonas Leon Felix Finn Ben Emil
Anton Moritz Luise Emilia Lea Leonie Moshe Avraham Yitzhak Yaakov Shlomo Haïm Chaim Elie Meyer
Mordechai Yossef Rivka Déborah Tamar Yael Shira Avigail Haya Yonathan Ariel Eytan Yoni Shimon
Simha Sarah-Lou Mathys Sixte Foucauld Enguerrand Aymar Marc-Henri Aliénor Bertille Blandine
Domitille Gersende Ombeline Sibylle Quitterie Hermine Laurène Lauriane Maylis Mayalen Garance
Jehanne Isaure Albéric Godefroy Arnould Thibaud Tiphaine Typhaine Gwendolyn Cassiopée
Anne-Victoire Kenzi Kilian Killyan Mael Naïm Naim Sohane Ilyan Lyana Lyne Lyséa Maëline Maïlys
Mayline Nélia Nelia Nour Roxanne Sélène Selena Shaïna Shanna Sheryne Syrine Tessa Thaïna Yaëlle
Yaël Yanna Ylana Zélia Zoë Aïda Alya Amira Anaëlle Aurélia Célya Charline Elina Éloane Elya
Héléna Jana Kaïna Kelia Kiara Layana Leïna Liana Lilia Lilya Lisandro Livio Loane Lohan Lylou
Maddy Mahaut Maïwen Malia Marley Mélina Mélodie Naëlle Naïa Naya Nélya Neyla Nohé Noham Nolann
Olivio Paolo Raphaëlle Rébecca Romy Sana Saja Stella Sybille Thelma Thiago Tyméo Vadim Yoan Ysée
Ysaline Yuna Zayn Zoé-Lou Cheyenne Dayana Eléa Élyna Emmy Énora Loris Lorris Mattia Mehdy Noam
Nolhan Roméo Sam Sohel Timothé Yassin Cassandra Élisa Erika Honorine Jordane Laurine Léane
Lorène Lou-Anne Lucinda Manuella Marilou Maryline Maureen Noëlla Noëlie Orlane Pascaline
Roselyne Sylvaine Tiphanie Vanille Reine Kim Mai Lan Désiré
`;
