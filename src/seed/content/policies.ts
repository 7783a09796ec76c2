// Demo policy documents: the three-mechanisms trial measures and fault-tolerance rules.
import type { SeedPolicy } from './types'

export const policies: SeedPolicy[] = [
  {
    key: 'three-mechanisms-measures',
    title: {
      zh: '云岭区关于建立健全干部激励、容错纠错、能上能下“三项机制”的实施办法（试行）',
      en: 'Yunling District Trial Measures for Establishing the "Three Mechanisms" of Cadre Incentive, Fault Tolerance and Error Correction, and Promotion and Demotion',
    },
    documentNumber: '区委发〔2023〕18号',
    issuingBody: {
      zh: '中共云岭区委　云岭区人民政府',
      en: 'CPC Yunling District Committee and Yunling District People’s Government',
    },
    issuedAt: '2023-09-12',
    effectiveFrom: '2023-10-01',
    status: 'in-force',
    summary: {
      zh: '明确干部激励、容错纠错、能上能下三项机制的基本原则、适用范围、差异化考核办法和结果运用，要求对实施情况进行公开宣传。',
      en: 'Sets out the principles, scope, differentiated assessment method and use of results for the three mechanisms of cadre incentive, fault tolerance and error correction, and promotion and demotion, and requires their implementation to be publicised.',
    },
    body: {
      zh: [
        '为进一步激发全区广大干部担当作为、干事创业的积极性、主动性和创造性，树立“能者上、优者奖、庸者下、劣者汰”的鲜明导向，结合本区实际，制定本办法。',
        '一、总体要求。坚持党管干部原则，坚持实绩导向、严管厚爱、公开公正。本办法适用于全区各镇（乡、街道）、区直各部门单位及其干部。',
        '二、激励机制。（一）晋升激励：在推动发展、基层治理、巩固拓展脱贫攻坚成果、党的建设等工作中实绩突出的干部，同等条件下优先提拔使用。（二）物质奖励：区财政每年安排专项奖励资金，依据年度目标责任考核及专项考核结果，对成绩突出的单位和个人给予奖励。（三）精神激励：对先进单位和个人进行通报表扬，并通过区属媒体广泛宣传，营造见贤思齐、崇尚实干的社会氛围。',
        '三、差异化考核。全区29个镇（乡、街道）按功能定位分为重点开发区域和生态发展区域两类；区直部门分为党群、综合、经济、民生四类。各类单位在同类中比较排名，年度考核结果分为优秀、良好、合格、不合格四个等次，优秀等次比例原则上不超过同类单位总数的30%。',
        '四、容错纠错机制。干部在改革创新、先行先试、攻坚克难和应急处置中出现失误错误，只要未违反法律法规和纪律规定、未谋取私利，且积极采取措施挽回影响的，依规予以容错免责。同时坚持有错必纠，督促及时整改、完善制度。具体认定办法另行制定。',
        '五、能上能下机制。严格干部提拔任用的条件和程序，突出一线识别、实绩检验；对担当意识不强、工作推进不力、年度考核不合格或连续两年为合格等次的干部，视情予以调整。对调整后的干部加强跟踪管理和关心关爱，表现突出、符合条件的可重新提拔使用。',
        '六、宣传引导。在区属媒体开设“三项机制”专栏，及时刊发表彰通报、正反典型案例和专家解读文章，推动政策家喻户晓、深入人心。',
        '七、附则。本办法由区委组织部负责解释，自2023年10月1日起试行。',
      ],
      en: [
        'These Measures are formulated in light of the district’s circumstances in order to further encourage officials across the district to take responsibility and to act with energy, initiative and creativity, and to make clear that "the capable rise, the excellent are rewarded, the mediocre step down and the unfit are removed".',
        '1. General requirements. The Party’s leadership over personnel is upheld, together with an orientation towards actual results, strict management combined with genuine care, and openness and fairness. These Measures apply to all town, township and subdistrict offices and district departments and their officials.',
        '2. Incentive mechanism. (1) Promotion incentive: officials with outstanding results in development, local governance, consolidating the gains of poverty alleviation and Party building are preferred for promotion when other conditions are equal. (2) Material reward: the district budget sets aside a special reward fund every year, and units and individuals with outstanding results are rewarded on the basis of the annual target-responsibility assessment and special assessments. (3) Spiritual encouragement: outstanding units and individuals are publicly commended and widely publicised through district media, fostering a climate in which people look up to achievers and value hard work.',
        '3. Differentiated assessment. According to their functions, the district’s 29 town offices are divided into key development areas and ecological development areas; district departments are divided into party and mass organisations, comprehensive, economic and residential/social services. Units are ranked against others in the same category. Annual results are graded excellent, good, pass or fail, and in principle no more than 30% of the units in a category may be graded excellent.',
        '4. Fault tolerance and error correction. Where officials make mistakes in reform and innovation, pilot work, tackling hard problems or emergency response, they are exempted from liability in accordance with the rules, provided they did not break laws, regulations or discipline, did not seek personal gain, and took active steps to limit the consequences. At the same time every error must be corrected, with prompt rectification and improved rules. The detailed criteria are set out separately.',
        '5. Promotion and demotion. The conditions and procedures for promotion are strictly applied, with emphasis on identifying officials on the front line and testing them by results. Officials who lack a sense of responsibility, fail to move work forward, are graded fail in the annual assessment or graded pass two years in a row are adjusted as appropriate. Officials who have been adjusted receive follow-up management and support, and those who then perform outstandingly and meet the conditions may be promoted again.',
        '6. Publicity. A "three mechanisms" column is opened in district media to publish commendation notices, positive and negative case studies and expert interpretations without delay, so that the policy becomes widely known and understood.',
        '7. Supplementary provisions. These Measures are interpreted by the Organisation Department of the District Committee and take effect on a trial basis from 1 October 2023.',
      ],
    },
  },
  {
    key: 'fault-tolerance-rules',
    title: {
      zh: '云岭区干部容错纠错实施细则',
      en: 'Yunling District Implementation Rules for Fault Tolerance and Error Correction for Officials',
    },
    documentNumber: '区纪发〔2024〕6号',
    issuingBody: {
      zh: '中共云岭区纪律检查委员会　云岭区监察委员会　中共云岭区委组织部',
      en: 'Yunling District Commission for Discipline Inspection, Yunling District Supervisory Commission and Organisation Department of the CPC Yunling District Committee',
    },
    issuedAt: '2024-03-18',
    effectiveFrom: '2024-04-01',
    status: 'in-force',
    summary: {
      zh: '细化容错情形、认定条件、不予容错情形和办理程序，明确容错结果的运用和纠错整改要求。',
      en: 'Specifies the situations eligible for fault tolerance, the criteria for recognising them, the situations excluded, and the procedure, and sets out how outcomes are used and how errors are to be corrected.',
    },
    body: {
      zh: [
        '根据《云岭区关于建立健全干部激励、容错纠错、能上能下“三项机制”的实施办法（试行）》（区委发〔2023〕18号），为保护干部干事创业的积极性，制定本细则。',
        '一、容错情形。干部有下列情形之一，出现失误错误的，可以申请容错：（一）在推进改革创新、先行先试中，因缺乏经验或者政策界限尚不明确而出现失误的；（二）在重大项目建设、招商引资、应急处置等急难险重任务中，为抢抓时机、维护群众利益，在程序上出现非主观故意瑕疵的；（三）因不可预见、不可抗力等客观因素，导致工作未达到预期效果的；（四）其他符合容错精神的情形。',
        '二、认定条件。认定容错，应当综合考虑以下因素：是否符合党和国家方针政策及法律法规、纪律规定；是否经过集体研究或者履行了必要程序；是否出于公心、未谋取私利；是否在发现问题后积极采取措施挽回损失、消除影响。',
        '三、不予容错情形。有下列情形之一的，不予容错：违反中央八项规定精神的；以权谋私、利益输送的；违反应当公开招标等强制性规定的；失误发生后隐瞒不报、推卸责任的；同类问题经提醒后再次发生的。',
        '四、办理程序。容错申请由干部本人或者所在单位提出，区纪委监委会同区委组织部进行核实，一般在30个工作日内作出认定，并将结果书面反馈申请人及所在单位。对受到失实检举控告的干部，及时予以澄清正名。',
        '五、结果运用与纠错。予以容错的，不作负面评价，不影响年度考核评优和提拔使用。同时，相关单位应当制定整改方案，限期纠正错误、完善制度，区纪委监委和区委组织部跟踪问效。区委组织部建立容错纠错案例库，定期发布典型案例。',
        '六、附则。本细则自2024年4月1日起施行。',
      ],
      en: [
        'These Rules are formulated on the basis of the Yunling District Trial Measures for Establishing the "Three Mechanisms" (District Committee Document [2023] No. 18) in order to protect officials’ willingness to take on work and drive it forward.',
        '1. Eligible situations. An official who has made a mistake may apply for fault tolerance where: (1) the mistake arose in reform, innovation or pilot work from a lack of experience or from policy boundaries that were not yet clear; (2) in urgent, difficult or dangerous tasks such as major projects, investment promotion or emergency response, a procedural flaw that was not intentional occurred while seizing an opportunity or protecting the public interest; (3) unforeseeable circumstances or force majeure prevented the work from achieving its expected result; (4) other situations consistent with the spirit of fault tolerance.',
        '2. Criteria. In recognising fault tolerance the following are considered together: whether the conduct was consistent with Party and state policy, laws, regulations and discipline; whether it followed a collective decision or the necessary procedures; whether it was undertaken in the public interest without personal gain; and whether, once the problem came to light, active measures were taken to recover losses and limit the consequences.',
        '3. Exclusions. Fault tolerance is not granted where: the central eight-point rules were violated; power was abused for private gain or benefits were improperly transferred; mandatory requirements such as public tendering were breached; the mistake was concealed or responsibility shifted after it occurred; or the same kind of problem recurred after a warning.',
        '4. Procedure. An application is made by the official or by the official’s unit. The District Commission for Discipline Inspection and Supervisory Commission, together with the Organisation Department, verifies the facts and normally reaches a decision within 30 working days, notifying the applicant and the unit in writing. Officials who have been the subject of false reports are promptly cleared.',
        '5. Use of outcomes and error correction. Where fault tolerance is granted, no negative evaluation is recorded, and the official’s annual assessment, eligibility for awards and promotion are unaffected. The unit concerned must nevertheless draw up a rectification plan, correct the error and improve its rules within a set time, with follow-up by the Commission and the Organisation Department. The Organisation Department maintains a library of fault-tolerance cases and publishes typical cases regularly.',
        '6. Supplementary provision. These Rules take effect on 1 April 2024.',
      ],
    },
  },
]
