// What the assistant tests import: the public API, plus the pattern generator (internal to the search) under a
// name that says it is reached past the public API for a unit test.
export {
  goalOf,
  impedanceCheck,
  PhysiologyEngine,
  programmingAssistant,
  scoreVisit,
  type AssistantResult,
  type ResolvedImplant,
  type Session,
  type TeachingCase,
} from '../../../../src-core';
export { contactPatterns as contactPatternsForTest } from '../../../../src-core/teaching/assistant/contact-patterns';
