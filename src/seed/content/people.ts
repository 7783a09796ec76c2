// Demo people: officials featured in commendations and stories (invented names).
import type { SeedPerson } from './types'

export const people: SeedPerson[] = [
  {
    key: 'zhang-weidong',
    name: { zh: '张卫东', en: 'Zhang Weidong' },
    position: { zh: '青石镇党委书记', en: 'Party Secretary, Qingshi Town' },
    unitKey: 'qingshi-town',
    bio: {
      zh: '张卫东，1978年生，长期在乡镇基层工作。任青石镇党委书记以来，带领班子盘活闲置土地建设农产品加工园区，推动全镇连续三年在年度目标责任考核中获评优秀等次。',
      en: 'Zhang Weidong, born in 1978, has spent most of his career working in township governments. Since becoming Party Secretary of Qingshi Town he has led the town leadership in turning idle land into an agricultural processing park, and the town has been graded excellent in the annual target-responsibility assessment for three years running.',
    },
    consent: true,
  },
  {
    key: 'li-xiaoyan',
    name: { zh: '李晓燕', en: 'Li Xiaoyan' },
    position: { zh: '河湾镇副镇长', en: 'Deputy Head, Hewan Town' },
    unitKey: 'hewan-town',
    bio: {
      zh: '李晓燕，1986年生，分管河湾镇应急管理和水利工作。2024年汛期，她连续二十余天驻守沿河堤段，组织转移安置群众一千余人，实现全镇人员零伤亡。',
      en: 'Li Xiaoyan, born in 1986, is responsible for emergency management and water conservancy in Hewan Town. During the 2024 flood season she stayed on the riverside embankments for more than twenty days in a row and organised the evacuation and resettlement of over one thousand residents, with no casualties in the town.',
    },
    consent: true,
  },
  {
    key: 'wang-jianguo',
    name: { zh: '王建国', en: 'Wang Jianguo' },
    position: { zh: '云溪乡乡长', en: 'Head of Yunxi Township' },
    unitKey: 'yunxi-township',
    bio: {
      zh: '王建国，1981年生，林学专业出身。在云溪乡工作期间，他坚持生态优先，推动林下经济和生态康养产业发展，探索出一条“守住青山、富了百姓”的生态发展路子。',
      en: 'Wang Jianguo, born in 1981, trained in forestry. In his years at Yunxi Township he has put ecology first, developing under-forest farming and eco-wellness tourism, and has found a path of ecological development that "keeps the hills green and makes the villagers better off".',
    },
    consent: true,
  },
  {
    key: 'chen-hui',
    name: { zh: '陈慧', en: 'Chen Hui' },
    position: {
      zh: '区财政局预算科科长',
      en: 'Chief of the Budget Section, District Finance Bureau',
    },
    unitKey: 'finance-bureau',
    bio: {
      zh: '陈慧，1984年生，从事财政预算工作十五年。她牵头建立全区“三项机制”专项奖励资金管理制度，做到资金安排依据考核结果、拨付过程全程留痕，确保奖励资金用在实处。',
      en: 'Chen Hui, born in 1984, has worked in public budgeting for fifteen years. She led the design of the district’s management rules for the special reward fund of the three mechanisms, so that allocations follow assessment results and every payment leaves an audit trail, ensuring the reward money is put to proper use.',
    },
    consent: true,
  },
  {
    key: 'zhao-lei',
    name: { zh: '赵磊', en: 'Zhao Lei' },
    position: {
      zh: '区农业农村局乡村产业发展科科长',
      en: 'Chief of the Rural Industry Development Section, District Bureau of Agriculture and Rural Affairs',
    },
    unitKey: 'agriculture-bureau',
    bio: {
      zh: '赵磊，1988年生，农业经济管理专业硕士。他扎根田间地头，牵头推进农产品电商试点和特色种植基地建设，帮助全区十余个村集体经济实现增收。',
      en: 'Zhao Lei, born in 1988, holds a master’s degree in agricultural economics and management. Working close to the fields, he has led the district’s pilot for selling farm produce online and the building of specialty crop bases, helping more than ten village collectives raise their income.',
    },
    consent: true,
  },
  {
    key: 'liu-fang',
    name: { zh: '刘芳', en: 'Liu Fang' },
    position: {
      zh: '城南街道党工委副书记',
      en: 'Deputy Party Secretary, Chengnan Subdistrict Working Committee',
    },
    unitKey: 'chengnan-subdistrict',
    bio: {
      zh: '刘芳，1987年生，从社区网格员干起，先后任社区党委书记、街道办事处副主任。她牵头完成辖区12个老旧小区改造，2025年因实绩突出被提拔为街道党工委副书记。',
      en: 'Liu Fang, born in 1987, started as a community grid worker and later served as a community Party secretary and as deputy director of the subdistrict office. She led the renovation of twelve old residential compounds in the subdistrict and, on the strength of these results, was promoted to Deputy Party Secretary of the subdistrict in 2025.',
    },
    consent: true,
  },
  {
    key: 'sun-haitao',
    name: { zh: '孙海涛', en: 'Sun Haitao' },
    position: {
      zh: '区工业和信息化局副局长',
      en: 'Deputy Director, District Bureau of Industry and Information Technology',
    },
    unitKey: 'industry-it-bureau',
    bio: {
      zh: '孙海涛，1980年生，分管中小企业服务和工业项目推进工作。他坚持“企业有所呼、服务有所应”，推动建立重点企业包联服务制度，协调解决企业用地、用工、融资等难题百余件。',
      en: 'Sun Haitao, born in 1980, oversees services for small and medium-sized enterprises and the progress of industrial projects. Holding that "when a business calls, the government answers", he set up a system in which officials are paired with key enterprises, and has helped resolve more than a hundred problems involving land, labour and financing.',
    },
    consent: true,
  },
  {
    key: 'he-jing',
    name: { zh: '何静', en: 'He Jing' },
    position: {
      zh: '区民政局社会救助科科长',
      en: 'Chief of the Social Assistance Section, District Civil Affairs Bureau',
    },
    unitKey: 'civil-affairs-bureau',
    bio: {
      zh: '何静，1985年生，长期从事社会救助工作。她推动建立困难群众“主动发现、快速救助”机制，把救助服务从“人找政策”转变为“政策找人”，被群众亲切地称为“贴心人”。',
      en: 'He Jing, born in 1985, has long worked in social assistance. She helped build a mechanism that actively identifies people in hardship and assists them quickly, so that instead of people having to seek out policies, policies now seek out the people. Residents warmly call her "the one who cares".',
    },
    consent: true,
  },
  {
    key: 'yang-fan',
    name: { zh: '杨帆', en: 'Yang Fan' },
    position: { zh: '松岭镇副镇长', en: 'Deputy Head, Songling Town' },
    unitKey: 'songling-town',
    bio: {
      zh: '杨帆，1990年生，分管松岭镇文旅和生态保护工作。他主动承担全区生态旅游“村企共建”试点，试点中出现合作方违约问题后，依规申请容错并带头整改，试点最终走上正轨。',
      en: 'Yang Fan, born in 1990, is responsible for culture, tourism and ecological protection in Songling Town. He volunteered to run the district’s pilot of eco-tourism built jointly by villages and businesses. When a partner company defaulted during the pilot, he applied for fault tolerance through the proper procedure and led the corrective work, and the pilot is now back on track.',
    },
    consent: true,
  },
  {
    key: 'wu-zhiqiang',
    name: { zh: '吴志强', en: 'Wu Zhiqiang' },
    position: {
      zh: '柳营镇农业综合服务中心干部（原柳营镇副镇长）',
      en: 'Staff member, Liuying Town Agricultural Services Centre (formerly Deputy Head of Liuying Town)',
    },
    unitKey: 'liuying-town',
    bio: {
      zh: '原任柳营镇副镇长，分管重点项目建设。因履职不力、所分管工作长期滞后，2025年经组织考察被调整出领导岗位，现在镇农业综合服务中心工作。',
      en: 'Formerly Deputy Head of Liuying Town in charge of key construction projects. Because of poor performance of duties and long-running delays in the work under his charge, he was moved out of his leadership post in 2025 after an organisational review, and now works at the town’s Agricultural Services Centre.',
    },
    consent: false,
  },
  {
    key: 'qian-bo',
    name: { zh: '钱波', en: 'Qian Bo' },
    position: {
      zh: '官渡镇村镇建设办公室干部（原主任）',
      en: 'Staff member (formerly Director), Guandu Town Village and Town Construction Office',
    },
    unitKey: 'guandu-town',
    bio: {
      zh: '原任官渡镇村镇建设办公室主任。因在工程发包中拆分项目规避招标，2025年受到党纪处分并被免去职务，其提出的容错申请经核实不予认定。',
      en: 'Formerly Director of the Guandu Town Village and Town Construction Office. For splitting construction contracts to avoid public tendering, he received a Party disciplinary sanction and was removed from his post in 2025; his application for fault tolerance was examined and not granted.',
    },
    consent: false,
  },
  {
    key: 'zheng-li',
    name: { zh: '郑丽', en: 'Zheng Li' },
    position: {
      zh: '区人力资源和社会保障局就业促进科科长',
      en: 'Chief of the Employment Promotion Section, District Human Resources and Social Security Bureau',
    },
    unitKey: 'hr-social-security-bureau',
    bio: {
      zh: '2024年因所在岗位工作推进不力被调整职务。调整后经组织跟踪回访、重新安排岗位，在就业促进工作中表现突出，2026年经考察重新走上科室负责岗位。',
      en: 'Her post was adjusted in 2024 because work under her responsibility had stalled. After follow-up visits by the organisation department and re-placement in a new role, she performed outstandingly in employment promotion and, after a fresh review, again took charge of a section in 2026.',
    },
    consent: false,
  },
]
