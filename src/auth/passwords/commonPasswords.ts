// The common-password list shipped with the project: the 49,233 most used passwords that
// zxcvbn-ts ships (@zxcvbn-ts/language-common, MIT). Decompressed once, on first use, into a Set.
import { dictionary } from '@zxcvbn-ts/language-common'

let common: Set<string> | undefined

export const isCommonPassword = (password: string) => {
  common ??= new Set(dictionary['passwords-common'])
  return common.has(password.toLowerCase())
}
