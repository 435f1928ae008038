export enum Sex {
  MALE = 'MALE',
  FEMALE = 'FEMALE',
  UNSPECIFIED = 'UNSPECIFIED',
}

/** 続柄 (relationship to the head of household, as written in the resident register). */
export enum RelationshipToHead {
  HEAD = 'HEAD', // 世帯主
  SPOUSE = 'SPOUSE', // 妻・夫
  CHILD = 'CHILD', // 子
  PARENT = 'PARENT', // 父・母
  GRANDCHILD = 'GRANDCHILD', // 孫
  SIBLING = 'SIBLING', // 兄弟姉妹
  OTHER_RELATIVE = 'OTHER_RELATIVE', // その他親族
  NON_RELATIVE = 'NON_RELATIVE', // 縁故者・同居人
}
