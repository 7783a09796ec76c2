// Demo units of the fictional Yunling District: 29 town offices and 12 departments.
import type { SeedUnit } from './types'

export const units: SeedUnit[] = [
  // Town offices: key development areas (15)
  {
    key: 'qingshi-town',
    name: { zh: '青石镇', en: 'Qingshi Town Office' },
    kind: 'town-office',
    assessmentCategory: 'key-development',
    grades: [
      { year: 2024, grade: 'excellent' },
      { year: 2025, grade: 'excellent' },
      { year: 2026, grade: 'excellent' },
    ],
  },
  {
    key: 'hewan-town',
    name: { zh: '河湾镇', en: 'Hewan Town Office' },
    kind: 'town-office',
    assessmentCategory: 'key-development',
    grades: [
      { year: 2024, grade: 'good' },
      { year: 2025, grade: 'excellent' },
      { year: 2026, grade: 'good' },
    ],
  },
  {
    key: 'chengnan-subdistrict',
    name: { zh: '城南街道', en: 'Chengnan Subdistrict Office' },
    kind: 'town-office',
    assessmentCategory: 'key-development',
    grades: [
      { year: 2024, grade: 'excellent' },
      { year: 2025, grade: 'good' },
      { year: 2026, grade: 'excellent' },
    ],
  },
  {
    key: 'chengbei-subdistrict',
    name: { zh: '城北街道', en: 'Chengbei Subdistrict Office' },
    kind: 'town-office',
    assessmentCategory: 'key-development',
    grades: [
      { year: 2024, grade: 'good' },
      { year: 2025, grade: 'good' },
      { year: 2026, grade: 'good' },
    ],
  },
  {
    key: 'dongguan-subdistrict',
    name: { zh: '东关街道', en: 'Dongguan Subdistrict Office' },
    kind: 'town-office',
    assessmentCategory: 'key-development',
    grades: [
      { year: 2024, grade: 'good' },
      { year: 2025, grade: 'pass' },
      { year: 2026, grade: 'good' },
    ],
  },
  {
    key: 'jinqiao-town',
    name: { zh: '金桥镇', en: 'Jinqiao Town Office' },
    kind: 'town-office',
    assessmentCategory: 'key-development',
    grades: [
      { year: 2024, grade: 'excellent' },
      { year: 2025, grade: 'good' },
      { year: 2026, grade: 'good' },
    ],
  },
  {
    key: 'liuying-town',
    name: { zh: '柳营镇', en: 'Liuying Town Office' },
    kind: 'town-office',
    assessmentCategory: 'key-development',
    grades: [
      { year: 2024, grade: 'fail' },
      { year: 2025, grade: 'pass' },
      { year: 2026, grade: 'good' },
    ],
  },
  {
    key: 'xinbu-town',
    name: { zh: '新埠镇', en: 'Xinbu Town Office' },
    kind: 'town-office',
    assessmentCategory: 'key-development',
    grades: [
      { year: 2024, grade: 'good' },
      { year: 2025, grade: 'good' },
      { year: 2026, grade: 'excellent' },
    ],
  },
  {
    key: 'sanlidian-town',
    name: { zh: '三里店镇', en: 'Sanlidian Town Office' },
    kind: 'town-office',
    assessmentCategory: 'key-development',
    grades: [
      { year: 2024, grade: 'good' },
      { year: 2025, grade: 'fail' },
      { year: 2026, grade: 'pass' },
    ],
  },
  {
    key: 'longgang-town',
    name: { zh: '龙港镇', en: 'Longgang Town Office' },
    kind: 'town-office',
    assessmentCategory: 'key-development',
    grades: [
      { year: 2024, grade: 'good' },
      { year: 2025, grade: 'excellent' },
      { year: 2026, grade: 'good' },
    ],
  },
  {
    key: 'baisha-town',
    name: { zh: '白沙镇', en: 'Baisha Town Office' },
    kind: 'town-office',
    assessmentCategory: 'key-development',
    grades: [
      { year: 2024, grade: 'pass' },
      { year: 2025, grade: 'good' },
      { year: 2026, grade: 'good' },
    ],
  },
  {
    key: 'yongfeng-town',
    name: { zh: '永丰镇', en: 'Yongfeng Town Office' },
    kind: 'town-office',
    assessmentCategory: 'key-development',
    grades: [
      { year: 2024, grade: 'good' },
      { year: 2025, grade: 'good' },
      { year: 2026, grade: 'excellent' },
    ],
  },
  {
    key: 'xinglong-town',
    name: { zh: '兴隆镇', en: 'Xinglong Town Office' },
    kind: 'town-office',
    assessmentCategory: 'key-development',
    grades: [
      { year: 2024, grade: 'excellent' },
      { year: 2025, grade: 'good' },
      { year: 2026, grade: 'good' },
    ],
  },
  {
    key: 'guandu-town',
    name: { zh: '官渡镇', en: 'Guandu Town Office' },
    kind: 'town-office',
    assessmentCategory: 'key-development',
    grades: [
      { year: 2024, grade: 'good' },
      { year: 2025, grade: 'pass' },
      { year: 2026, grade: 'good' },
    ],
  },
  {
    key: 'wangjiang-town',
    name: { zh: '望江镇', en: 'Wangjiang Town Office' },
    kind: 'town-office',
    assessmentCategory: 'key-development',
    grades: [
      { year: 2024, grade: 'good' },
      { year: 2025, grade: 'good' },
      { year: 2026, grade: 'pass' },
    ],
  },

  // Town offices: ecological development areas (14)
  {
    key: 'yunxi-township',
    name: { zh: '云溪乡', en: 'Yunxi Township Office' },
    kind: 'town-office',
    assessmentCategory: 'ecological-development',
    grades: [
      { year: 2024, grade: 'excellent' },
      { year: 2025, grade: 'excellent' },
      { year: 2026, grade: 'good' },
    ],
  },
  {
    key: 'songling-town',
    name: { zh: '松岭镇', en: 'Songling Town Office' },
    kind: 'town-office',
    assessmentCategory: 'ecological-development',
    grades: [
      { year: 2024, grade: 'good' },
      { year: 2025, grade: 'excellent' },
      { year: 2026, grade: 'excellent' },
    ],
  },
  {
    key: 'zhuyuan-township',
    name: { zh: '竹园乡', en: 'Zhuyuan Township Office' },
    kind: 'town-office',
    assessmentCategory: 'ecological-development',
    grades: [
      { year: 2024, grade: 'good' },
      { year: 2025, grade: 'good' },
      { year: 2026, grade: 'good' },
    ],
  },
  {
    key: 'shimen-township',
    name: { zh: '石门乡', en: 'Shimen Township Office' },
    kind: 'town-office',
    assessmentCategory: 'ecological-development',
    grades: [
      { year: 2024, grade: 'pass' },
      { year: 2025, grade: 'good' },
      { year: 2026, grade: 'good' },
    ],
  },
  {
    key: 'luming-township',
    name: { zh: '鹿鸣乡', en: 'Luming Township Office' },
    kind: 'town-office',
    assessmentCategory: 'ecological-development',
    grades: [
      { year: 2024, grade: 'good' },
      { year: 2025, grade: 'good' },
      { year: 2026, grade: 'excellent' },
    ],
  },
  {
    key: 'qingquan-town',
    name: { zh: '清泉镇', en: 'Qingquan Town Office' },
    kind: 'town-office',
    assessmentCategory: 'ecological-development',
    grades: [
      { year: 2024, grade: 'excellent' },
      { year: 2025, grade: 'good' },
      { year: 2026, grade: 'excellent' },
    ],
  },
  {
    key: 'taoyuan-township',
    name: { zh: '桃源乡', en: 'Taoyuan Township Office' },
    kind: 'town-office',
    assessmentCategory: 'ecological-development',
    grades: [
      { year: 2024, grade: 'good' },
      { year: 2025, grade: 'excellent' },
      { year: 2026, grade: 'good' },
    ],
  },
  {
    key: 'wushan-township',
    name: { zh: '雾山乡', en: 'Wushan Township Office' },
    kind: 'town-office',
    assessmentCategory: 'ecological-development',
    grades: [
      { year: 2024, grade: 'pass' },
      { year: 2025, grade: 'pass' },
      { year: 2026, grade: 'good' },
    ],
  },
  {
    key: 'fenglin-town',
    name: { zh: '枫林镇', en: 'Fenglin Town Office' },
    kind: 'town-office',
    assessmentCategory: 'ecological-development',
    grades: [
      { year: 2024, grade: 'good' },
      { year: 2025, grade: 'good' },
      { year: 2026, grade: 'good' },
    ],
  },
  {
    key: 'chaping-township',
    name: { zh: '茶坪乡', en: 'Chaping Township Office' },
    kind: 'town-office',
    assessmentCategory: 'ecological-development',
    grades: [
      { year: 2024, grade: 'good' },
      { year: 2025, grade: 'excellent' },
      { year: 2026, grade: 'good' },
    ],
  },
  {
    key: 'meiling-town',
    name: { zh: '梅岭镇', en: 'Meiling Town Office' },
    kind: 'town-office',
    assessmentCategory: 'ecological-development',
    grades: [
      { year: 2024, grade: 'excellent' },
      { year: 2025, grade: 'good' },
      { year: 2026, grade: 'good' },
    ],
  },
  {
    key: 'qinglong-township',
    name: { zh: '青龙乡', en: 'Qinglong Township Office' },
    kind: 'town-office',
    assessmentCategory: 'ecological-development',
    grades: [
      { year: 2024, grade: 'good' },
      { year: 2025, grade: 'good' },
      { year: 2026, grade: 'pass' },
    ],
  },
  {
    key: 'shanmu-township',
    name: { zh: '杉木乡', en: 'Shanmu Township Office' },
    kind: 'town-office',
    assessmentCategory: 'ecological-development',
    grades: [
      { year: 2024, grade: 'good' },
      { year: 2025, grade: 'pass' },
      { year: 2026, grade: 'good' },
    ],
  },
  {
    key: 'maanshan-township',
    name: { zh: '马鞍山乡', en: 'Ma’anshan Township Office' },
    kind: 'town-office',
    assessmentCategory: 'ecological-development',
    grades: [
      { year: 2024, grade: 'good' },
      { year: 2025, grade: 'good' },
      { year: 2026, grade: 'good' },
    ],
  },

  // Departments: party and mass organisations (3)
  {
    key: 'org-dept',
    name: {
      zh: '中共云岭区委组织部',
      en: 'Organisation Department of the CPC Yunling District Committee',
    },
    kind: 'department',
    assessmentCategory: 'party-mass',
    grades: [
      { year: 2024, grade: 'excellent' },
      { year: 2025, grade: 'good' },
      { year: 2026, grade: 'excellent' },
    ],
  },
  {
    key: 'publicity-dept',
    name: {
      zh: '中共云岭区委宣传部',
      en: 'Publicity Department of the CPC Yunling District Committee',
    },
    kind: 'department',
    assessmentCategory: 'party-mass',
    grades: [
      { year: 2024, grade: 'good' },
      { year: 2025, grade: 'excellent' },
      { year: 2026, grade: 'good' },
    ],
  },
  {
    key: 'trade-union',
    name: { zh: '云岭区总工会', en: 'Yunling District Federation of Trade Unions' },
    kind: 'department',
    assessmentCategory: 'party-mass',
    grades: [
      { year: 2024, grade: 'good' },
      { year: 2025, grade: 'good' },
      { year: 2026, grade: 'good' },
    ],
  },

  // Departments: comprehensive (3)
  {
    key: 'district-gov-office',
    name: {
      zh: '云岭区人民政府办公室',
      en: 'General Office of the Yunling District People’s Government',
    },
    kind: 'department',
    assessmentCategory: 'comprehensive',
    grades: [
      { year: 2024, grade: 'good' },
      { year: 2025, grade: 'good' },
      { year: 2026, grade: 'good' },
    ],
  },
  {
    key: 'development-reform-bureau',
    name: { zh: '云岭区发展和改革局', en: 'Yunling District Development and Reform Bureau' },
    kind: 'department',
    assessmentCategory: 'comprehensive',
    grades: [
      { year: 2024, grade: 'excellent' },
      { year: 2025, grade: 'good' },
      { year: 2026, grade: 'good' },
    ],
  },
  {
    key: 'finance-bureau',
    name: { zh: '云岭区财政局', en: 'Yunling District Finance Bureau' },
    kind: 'department',
    assessmentCategory: 'comprehensive',
    grades: [
      { year: 2024, grade: 'good' },
      { year: 2025, grade: 'excellent' },
      { year: 2026, grade: 'excellent' },
    ],
  },

  // Departments: economic (3)
  {
    key: 'industry-it-bureau',
    name: {
      zh: '云岭区工业和信息化局',
      en: 'Yunling District Bureau of Industry and Information Technology',
    },
    kind: 'department',
    assessmentCategory: 'economic',
    grades: [
      { year: 2024, grade: 'good' },
      { year: 2025, grade: 'excellent' },
      { year: 2026, grade: 'good' },
    ],
  },
  {
    key: 'agriculture-bureau',
    name: {
      zh: '云岭区农业农村局',
      en: 'Yunling District Bureau of Agriculture and Rural Affairs',
    },
    kind: 'department',
    assessmentCategory: 'economic',
    grades: [
      { year: 2024, grade: 'excellent' },
      { year: 2025, grade: 'good' },
      { year: 2026, grade: 'excellent' },
    ],
  },
  {
    key: 'commerce-bureau',
    name: { zh: '云岭区商务局', en: 'Yunling District Commerce Bureau' },
    kind: 'department',
    assessmentCategory: 'economic',
    grades: [
      { year: 2024, grade: 'good' },
      { year: 2025, grade: 'pass' },
      { year: 2026, grade: 'good' },
    ],
  },

  // Departments: residential and social services (3)
  {
    key: 'civil-affairs-bureau',
    name: { zh: '云岭区民政局', en: 'Yunling District Civil Affairs Bureau' },
    kind: 'department',
    assessmentCategory: 'residential',
    grades: [
      { year: 2024, grade: 'good' },
      { year: 2025, grade: 'excellent' },
      { year: 2026, grade: 'good' },
    ],
  },
  {
    key: 'hr-social-security-bureau',
    name: {
      zh: '云岭区人力资源和社会保障局',
      en: 'Yunling District Human Resources and Social Security Bureau',
    },
    kind: 'department',
    assessmentCategory: 'residential',
    grades: [
      { year: 2024, grade: 'pass' },
      { year: 2025, grade: 'good' },
      { year: 2026, grade: 'excellent' },
    ],
  },
  {
    key: 'health-bureau',
    name: { zh: '云岭区卫生健康局', en: 'Yunling District Health Bureau' },
    kind: 'department',
    assessmentCategory: 'residential',
    grades: [
      { year: 2024, grade: 'excellent' },
      { year: 2025, grade: 'good' },
      { year: 2026, grade: 'good' },
    ],
  },
]
