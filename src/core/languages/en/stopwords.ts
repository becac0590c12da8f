// English function words for language identification.
export const stopwords: readonly string[] = [
  'the', 'and', 'of', 'to', 'is', 'that', 'it', 'for', 'on', 'with', 'as', 'was', 'are', 'be', 'by',
  'this', 'have', 'from', 'or', 'an', 'they', 'which', 'you', 'were', 'her', 'his', 'has', 'had', 'been',
  'their', 'not', 'but', 'at', 'said', 'would', 'will', 'can', 'there', 'what', 'about', 'who', 'when',
  'more', 'than', 'also', 'its', 'into', 'after', 'could', 'should', 'these', 'those', 'our', 'we',
  'he', 'she', 'them', 'some', 'other', 'just', 'how', 'if', 'do', 'does', 'did', 'your', 'my', 'all',
];
