// Sentences for the generated benchmark corpus, written for this project.
// Plain news prose, with machine-translation artifacts mixed in at a rate
// like weak MT output, so every rule has work to do.

export const headlines = [
  'Riverside district leaders visit the northern alloy works',
  'Port city opens a new container terminal',
  'Provincial power grid completes its summer maintenance',
  'Copper smelter reports higher output in the third quarter',
  'Rail freight between the two provinces doubles',
  'New energy vehicle plant begins trial production'
]

export const plain = [
  'On Tuesday, the mayor of the port city toured the new container terminal with officials from the transport bureau.',
  'The plant produced 1.2 million tonnes of aluminum last year, up 3.5 percent from the year before.',
  'Gao Ping, deputy general manager of the rolling mill, said the new casting line would start in May.',
  'Officials said the project would create about 1,200 jobs over the next three years.',
  'The company has invested 350 million yuan in a wastewater treatment system since 2019.',
  'Workers at the smelter now follow a stricter safety routine introduced after an inspection in March.',
  'The district government plans to move heavy industry out of the city centre by 2025.',
  '“We will keep our promises to the suppliers,” said Wen Li, secretary of the district party committee.',
  'Freight trains now leave the inland depot twice a day, compared with three times a week in 2020.',
  'According to the statistics bureau, industrial output in the province rose 8.1 percent in the first half.',
  'The grid operator replaced 420 kilometres of cable during the maintenance season.',
  'Local banks have extended loans worth 2.3 billion yuan to small manufacturers this year.',
  'Engineers tested the new furnace for six weeks before it was connected to the main line.',
  'The delegation also visited a training centre where young technicians learn to operate the presses.',
  'Demand for lightweight alloys from car makers has grown steadily, the report said.',
  'The city expects to finish the ring road by the end of next year, two years later than planned.',
  'Residents near the plant said the air had become cleaner since the new filters were installed.',
  'Exports of rolled products fell slightly in the second quarter because of weaker orders from abroad.',
  'The research institute signed an agreement with two universities to share laboratory equipment.',
  'Prices for raw materials are expected to remain stable for the rest of the year, analysts said.'
]

export const artifacts = [
  'The heads of the finance department attended the meeting.The plant manager gave a short report.',
  'The district took the initiative to take the initiative to support the new industrial park.',
  'Hope to cooperate with the plant to promote aluminum deep processing in the district.',
  'Will continue to adhere to the plan and make greater contributions to the local economy.',
  'The company will give full play to its advantages in technology and talent.',
  'During the 9th Five-Year Plan period, the works will double its capacity.',
  'Chen Bo expressed his gratitude to the district government for its guidance.',
  'Officials put forward suggestions for supporting the alloy industry,and for training workers.',
  'The output reached more than 美元 11 billion in the first half of the year。',
  'Link to this article:Riverside district leaders visit the northern alloy works',
  'Reprint Statement: If there are no special instructions, all articles on this site are original.',
  'The project of the live broadcast of the live broadcast attracted many viewers.',
  'The new crown epidemic slowed construction at the site for two months.',
  'The mayor met the  delegation and discussed the plan , which was approved in June.'
]
