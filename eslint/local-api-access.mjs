// Laurel's own lint rule. Payload's Local API overrides access unless told not to, so one forgotten
// flag in code that serves a request leaks. Every Local API call there says which it is: it passes
// `overrideAccess: false` (it acts for the person asking), or the line before it carries a
// `// system: <why>` comment (the server itself must see or write everything there).

const payloadMethods = new Set([
  'find',
  'findByID',
  'findVersions',
  'findVersionByID',
  'findDistinct',
  'count',
  'countVersions',
  'countGlobalVersions',
  'create',
  'update',
  'delete',
  'duplicate',
  'restoreVersion',
  'findGlobal',
  'findGlobalVersions',
  'findGlobalVersionByID',
  'updateGlobal',
  'restoreGlobalVersion',
])
const jobsMethods = new Set(['queue', 'run', 'runByID', 'cancel', 'cancelByID', 'handleSchedules'])
const SYSTEM_COMMENT = /^\s*system:\s*\S/

const named = (node, name) =>
  node.type === 'MemberExpression' && !node.computed && node.property.name === name
const isPayload = (node) =>
  (node.type === 'Identifier' && node.name === 'payload') || named(node, 'payload')

/** `find`, `jobs.queue` or `db.updateOne` when the callee is Payload's Local API, else null. */
const localApiMethod = (callee) => {
  if (callee.type !== 'MemberExpression' || callee.computed) return null
  const method = callee.property.name
  if (isPayload(callee.object)) return payloadMethods.has(method) ? method : null
  if (named(callee.object, 'jobs') && isPayload(callee.object.object) && jobsMethods.has(method))
    return `jobs.${method}`
  // The database adapter skips access, hooks and validation altogether: always the system.
  if (named(callee.object, 'db') && isPayload(callee.object.object)) return `db.${method}`
  return null
}

/** 'false', 'missing' or 'other': what the options object says about `overrideAccess`. */
const overrideAccessIn = (options, services) => {
  if (!options) return 'missing'
  if (options.type === 'ObjectExpression') {
    const property = options.properties.find(
      (p) => p.type === 'Property' && !p.computed && p.key.name === 'overrideAccess',
    )
    if (property) {
      const { value } = property
      return value.type === 'Literal' && value.value === false ? 'false' : 'other'
    }
    if (!options.properties.some((p) => p.type === 'SpreadElement')) return 'missing'
  }
  // A spread (`...asPublic`) or a variable: its type says whether it carries `false`.
  if (!services?.program) return 'missing'
  const checker = services.program.getTypeChecker()
  const type = checker.getTypeAtLocation(services.esTreeNodeToTSNodeMap.get(options))
  const property = type.getProperty('overrideAccess')
  if (!property) return 'missing'
  return checker.typeToString(checker.getTypeOfSymbol(property)) === 'false' ? 'false' : 'other'
}

/** A `// system: <why>` comment directly before the call or any node around it in its statement. */
const hasSystemComment = (sourceCode, call) => {
  for (let node = call; node; node = node.parent) {
    if (sourceCode.getCommentsBefore(node).some((c) => SYSTEM_COMMENT.test(c.value))) return true
    if (/(Statement|Declaration)$/.test(node.type)) break
  }
  return false
}

/** @type {import('eslint').Rule.RuleModule} */
export const localApiAccess = {
  meta: {
    type: 'problem',
    docs: { description: 'Local API calls in request-serving code say whose access applies' },
    schema: [],
    messages: {
      unsaid:
        '`{{call}}` runs with full access unless told otherwise. Pass `overrideAccess: false` ' +
        '(with `user` or `req`) if it acts for the person asking; if the server itself must act ' +
        'here, write `// system: <why>` on the line before it.',
      overridden:
        '`{{call}}` overrides access: write `// system: <why the server acts here>` on the line ' +
        'before it, or pass `overrideAccess: false` if it acts for the person asking.',
    },
  },
  create(context) {
    const { sourceCode } = context
    const services = sourceCode.parserServices
    return {
      CallExpression(node) {
        const method = localApiMethod(node.callee)
        if (!method || hasSystemComment(sourceCode, node)) return
        const call = `${sourceCode.getText(node.callee).replace(/\s+/g, '')}()`
        if (method.startsWith('db.')) {
          context.report({ node, messageId: 'overridden', data: { call } })
          return
        }
        const said = overrideAccessIn(node.arguments[0], services)
        if (said === 'false') return
        context.report({
          node,
          messageId: said === 'missing' ? 'unsaid' : 'overridden',
          data: { call },
        })
      },
    }
  },
}
