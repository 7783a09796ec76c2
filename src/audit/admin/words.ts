// The words of the audit log's own admin components, in both admin languages.
export const auditWords = {
  zh: {
    document: '文档',
    deleted: '（已删除）',
    noTitle: '（无标题）',
    noFields: '未记录字段变更。',
    rolesFrom: '原角色',
    rolesTo: '新角色',
    none: '无',
    account: '账号',
    scheduledType: '计划操作',
    scheduledAt: '计划时间',
    publish: '发布',
    unpublish: '取消发布',
    status: '发布状态',
    // The fields Payload gives every upload, which carry no labels of their own.
    uploadFields: {
      filename: '文件名',
      mimeType: '文件类型',
      filesize: '文件大小',
      width: '宽度',
      height: '高度',
      sizes: '图片尺寸',
      focalX: '焦点',
      focalY: '焦点',
      url: '文件地址',
      thumbnailURL: '缩略图',
    } as Record<string, string>,
  },
  en: {
    document: 'Document',
    deleted: '(deleted)',
    noTitle: '(untitled)',
    noFields: 'No field changes were recorded.',
    rolesFrom: 'Roles before',
    rolesTo: 'Roles after',
    none: 'none',
    account: 'Account',
    scheduledType: 'Scheduled action',
    scheduledAt: 'Scheduled for',
    publish: 'Publish',
    unpublish: 'Unpublish',
    status: 'Publication status',
    uploadFields: {
      filename: 'File name',
      mimeType: 'File type',
      filesize: 'File size',
      width: 'Width',
      height: 'Height',
      sizes: 'Image sizes',
      focalX: 'Focal point',
      focalY: 'Focal point',
      url: 'File address',
      thumbnailURL: 'Thumbnail',
    } as Record<string, string>,
  },
}

export type AuditWords = (typeof auditWords)['zh']

export const wordsFor = (language: string): AuditWords =>
  language === 'en' ? auditWords.en : auditWords.zh
