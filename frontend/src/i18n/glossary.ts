// The Chinese UI's vocabulary: one word for each idea (the `glossary` block of zh-CN.ts), and the
// synonyms it must not use. The plan's own text (国办发〔2021〕51号) speaks of 措施 in its chapters and
// sets dates in 工作目标 without naming them, so 措施 and 里程碑 (as in 国家里程碑) are the words.
// tests/glossary.test.ts fails on any message, page or import heading that uses a rejected word.
export const REJECTED_ZH: Record<string, 'measure' | 'milestone' | 'task' | 'region'> = {
  举措: 'measure',
  时间节点: 'milestone',
  节点: 'milestone',
  试点区域: 'region',
  试点城市: 'region',
};
