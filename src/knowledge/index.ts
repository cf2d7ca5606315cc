export { answer, type KnowledgeAnswer } from './answer';
export { findCounty, type CountyMatch } from './countyFinder';
export { readEntities, type Entities } from './entities';
export { faqById } from './faqSearch';
export { rememberAnswer, type TopicContext } from './followUp';
export { detectLanguage } from './language';
export { unaccented } from './normalize';
export { contactText, countyContactText, listOf, officeFaxes, STATE_DIRECTORY_URL } from './replyText';
