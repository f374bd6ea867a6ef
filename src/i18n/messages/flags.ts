/** Readable names of the source pack's QA flags (see the pack README). */
export const flags = {
  'Flag.YearClaimsDiffer': { en: 'Sources disagree on the year', zh: '各来源年份不一致' },
  'Flag.RelationDisagree': { en: 'Sources disagree on the type of tie', zh: '各来源关系类型不一致' },
  'Flag.OnlyLow': { en: 'Known only from low-reliability pages', zh: '仅见于低可信度网页' },
  'Flag.PossibleDuplicate': { en: 'Possibly the same tie as', zh: '可能与以下关系重复' },
  'Flag.Merged': { en: 'Two list entries merged', zh: '已合并两条记录' },
  'Flag.PartnerCoordMissing': { en: 'No trustworthy point for the partner', zh: '外方城市缺少可靠坐标' },
  'Flag.PartnerCoordUnverified': { en: 'Partner point unverified', zh: '外方坐标未经核实' },
  'Flag.PartnerCoordReplaced': { en: 'Partner point corrected', zh: '外方坐标已更正' },
  'Flag.PartnerCoordSuspect': { en: 'Partner point doubtful', zh: '外方坐标存疑' },
  'Flag.CnCoordParent': { en: 'Drawn at the parent city', zh: '以上级城市位置绘制' },
  'Flag.CnCoordCapital': { en: 'Drawn at the provincial capital', zh: '以省会位置绘制' },
  'Flag.CnAmbiguous': { en: 'Chinese name fits several cities', zh: '中方城市名称有歧义' },
  'Flag.CnResolution': { en: 'Resolved by', zh: '歧义处理依据' },
  'Flag.Status': { en: 'Status', zh: '状态' },
  'Flag.StatusDisputed': { en: 'Formal status disputed', zh: '正式地位存疑' },
} as const;
