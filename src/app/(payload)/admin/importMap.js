import { ReviewBanner as ReviewBanner_197144f69f0c525fc9ff0fe6d859d30d } from '@/components/admin/workflow/ReviewBanner'
import { RscEntryLexicalCell as RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { RscEntryLexicalField as RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { LexicalDiffComponent as LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { InlineToolbarFeatureClient as InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { FixedToolbarFeatureClient as FixedToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HorizontalRuleFeatureClient as HorizontalRuleFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { TableFeatureClient as TableFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UploadFeatureClient as UploadFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { LinkFeatureClient as LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BlockquoteFeatureClient as BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { IndentFeatureClient as IndentFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { OrderedListFeatureClient as OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnorderedListFeatureClient as UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { SuperscriptFeatureClient as SuperscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { SubscriptFeatureClient as SubscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { StrikethroughFeatureClient as StrikethroughFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnderlineFeatureClient as UnderlineFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BoldFeatureClient as BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ItalicFeatureClient as ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HeadingFeatureClient as HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ParagraphFeatureClient as ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ReviewStateFilter as ReviewStateFilter_b78255c0d8dcd94ccc782eeb3b4deb11 } from '@/components/admin/workflow/ReviewStateFilter'
import { ReviewActions as ReviewActions_e6c6f9fc46849a842989c54c93110ed3 } from '@/components/admin/workflow/ReviewActions'
import { PublishControls as PublishControls_442e54267b57fc0d30f79d41431a27a2 } from '@/components/admin/workflow/PublishControls'
import { ReviewStatus as ReviewStatus_250752f58070ca8e5cf80a4c6760082e } from '@/components/admin/workflow/ReviewStatus'
import { IntakeGuide as IntakeGuide_a106da8184e346f33b743c9e4ffafd80 } from '../../../collections/AssessmentIntakes/admin/IntakeGuide'
import { IntakePreview as IntakePreview_4833e78ca8f1dbc32a2efb4e8cb0f6a0 } from '../../../collections/AssessmentIntakes/admin/IntakePreview'
import { ConfirmIntakeButton as ConfirmIntakeButton_d8ef3439e7c71d7f7746d4430878a1e9 } from '../../../collections/AssessmentIntakes/admin/ConfirmIntakeButton'
import { CurrentPasswordInput as CurrentPasswordInput_fe44d6528f96df78af9f132d57cfe115 } from '@/auth/passwords/CurrentPasswordInput'
import { ResendInvitation as ResendInvitation_892c71914068b6c79eb1b65283926145 } from '@/auth/invitations/admin/ResendInvitation'
import { AccountSecurity as AccountSecurity_2bc6f31c61086c25b3933c338d82fd20 } from '@/auth/admin/AccountSecurity'
import { InviteStaff as InviteStaff_c2a152cc29b5ad88322209cf89e317a7 } from '@/auth/invitations/admin/InviteStaff'
import { TargetCell as TargetCell_ccd40b32ef955a4d772a2585b178c95f } from '../../../audit/admin/cells'
import { TargetField as TargetField_6adb6eaf083c4a21e878726fc57278e0 } from '../../../audit/admin/fields'
import { CollectionCell as CollectionCell_ccd40b32ef955a4d772a2585b178c95f } from '../../../audit/admin/cells'
import { CollectionField as CollectionField_6adb6eaf083c4a21e878726fc57278e0 } from '../../../audit/admin/fields'
import { ChangedFieldsCell as ChangedFieldsCell_ccd40b32ef955a4d772a2585b178c95f } from '../../../audit/admin/cells'
import { ChangedFieldsField as ChangedFieldsField_6adb6eaf083c4a21e878726fc57278e0 } from '../../../audit/admin/fields'
import { DetailField as DetailField_6adb6eaf083c4a21e878726fc57278e0 } from '../../../audit/admin/fields'
import { EditorialDesk as EditorialDesk_96e45e0ba21411d5ec63e7af8e322ba4 } from '@/components/admin/workflow/dashboard/EditorialDesk'
import { S3ClientUploadHandler as S3ClientUploadHandler_f97aa6c64367fa259c5bc0567239ef24 } from '@payloadcms/storage-s3/client'
import { InvitationView as InvitationView_03e881c25341d866052d418e0fbad2de } from '@/auth/invitations/admin/InvitationView'
import { SecondFactorView as SecondFactorView_7d7ec6172a607edda402c092fbf517b6 } from '@/auth/admin/SecondFactorView'
import { CollectionCards as CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1 } from '@payloadcms/next/rsc'

/** @type import('payload').ImportMap */
export const importMap = {
  "@/components/admin/workflow/ReviewBanner#ReviewBanner": ReviewBanner_197144f69f0c525fc9ff0fe6d859d30d,
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalCell": RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalField": RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#LexicalDiffComponent": LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/client#InlineToolbarFeatureClient": InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#FixedToolbarFeatureClient": FixedToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HorizontalRuleFeatureClient": HorizontalRuleFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#TableFeatureClient": TableFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UploadFeatureClient": UploadFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#LinkFeatureClient": LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BlockquoteFeatureClient": BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#IndentFeatureClient": IndentFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#OrderedListFeatureClient": OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnorderedListFeatureClient": UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#SuperscriptFeatureClient": SuperscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#SubscriptFeatureClient": SubscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#StrikethroughFeatureClient": StrikethroughFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnderlineFeatureClient": UnderlineFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BoldFeatureClient": BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ItalicFeatureClient": ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HeadingFeatureClient": HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ParagraphFeatureClient": ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@/components/admin/workflow/ReviewStateFilter#ReviewStateFilter": ReviewStateFilter_b78255c0d8dcd94ccc782eeb3b4deb11,
  "@/components/admin/workflow/ReviewActions#ReviewActions": ReviewActions_e6c6f9fc46849a842989c54c93110ed3,
  "@/components/admin/workflow/PublishControls#PublishControls": PublishControls_442e54267b57fc0d30f79d41431a27a2,
  "@/components/admin/workflow/ReviewStatus#ReviewStatus": ReviewStatus_250752f58070ca8e5cf80a4c6760082e,
  "/collections/AssessmentIntakes/admin/IntakeGuide#IntakeGuide": IntakeGuide_a106da8184e346f33b743c9e4ffafd80,
  "/collections/AssessmentIntakes/admin/IntakePreview#IntakePreview": IntakePreview_4833e78ca8f1dbc32a2efb4e8cb0f6a0,
  "/collections/AssessmentIntakes/admin/ConfirmIntakeButton#ConfirmIntakeButton": ConfirmIntakeButton_d8ef3439e7c71d7f7746d4430878a1e9,
  "@/auth/passwords/CurrentPasswordInput#CurrentPasswordInput": CurrentPasswordInput_fe44d6528f96df78af9f132d57cfe115,
  "@/auth/invitations/admin/ResendInvitation#ResendInvitation": ResendInvitation_892c71914068b6c79eb1b65283926145,
  "@/auth/admin/AccountSecurity#AccountSecurity": AccountSecurity_2bc6f31c61086c25b3933c338d82fd20,
  "@/auth/invitations/admin/InviteStaff#InviteStaff": InviteStaff_c2a152cc29b5ad88322209cf89e317a7,
  "/audit/admin/cells#TargetCell": TargetCell_ccd40b32ef955a4d772a2585b178c95f,
  "/audit/admin/fields#TargetField": TargetField_6adb6eaf083c4a21e878726fc57278e0,
  "/audit/admin/cells#CollectionCell": CollectionCell_ccd40b32ef955a4d772a2585b178c95f,
  "/audit/admin/fields#CollectionField": CollectionField_6adb6eaf083c4a21e878726fc57278e0,
  "/audit/admin/cells#ChangedFieldsCell": ChangedFieldsCell_ccd40b32ef955a4d772a2585b178c95f,
  "/audit/admin/fields#ChangedFieldsField": ChangedFieldsField_6adb6eaf083c4a21e878726fc57278e0,
  "/audit/admin/fields#DetailField": DetailField_6adb6eaf083c4a21e878726fc57278e0,
  "@/components/admin/workflow/dashboard/EditorialDesk#EditorialDesk": EditorialDesk_96e45e0ba21411d5ec63e7af8e322ba4,
  "@payloadcms/storage-s3/client#S3ClientUploadHandler": S3ClientUploadHandler_f97aa6c64367fa259c5bc0567239ef24,
  "@/auth/invitations/admin/InvitationView#InvitationView": InvitationView_03e881c25341d866052d418e0fbad2de,
  "@/auth/admin/SecondFactorView#SecondFactorView": SecondFactorView_7d7ec6172a607edda402c092fbf517b6,
  "@payloadcms/next/rsc#CollectionCards": CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1
}
