// The rich-text editor editors write bodies in: a toolbar always visible above the text (not only
// "/" commands and shortcuts), with what an official article uses: headings under the page title,
// lists, links to the column's own pages or elsewhere, quotes, pictures from the media library
// and tables. Everything it makes is rendered on the public site (src/components/layout/RichText).
import {
  BlockquoteFeature,
  BoldFeature,
  EXPERIMENTAL_TableFeature,
  FixedToolbarFeature,
  HeadingFeature,
  HorizontalRuleFeature,
  IndentFeature,
  InlineToolbarFeature,
  ItalicFeature,
  lexicalEditor,
  LinkFeature,
  OrderedListFeature,
  ParagraphFeature,
  StrikethroughFeature,
  SubscriptFeature,
  SuperscriptFeature,
  UnderlineFeature,
  UnorderedListFeature,
  UploadFeature,
} from '@payloadcms/richtext-lexical'

import { publicCollections } from './publicPaths'

export const editor = lexicalEditor({
  features: [
    ParagraphFeature(),
    // The page's title is its only h1.
    HeadingFeature({ enabledHeadingSizes: ['h2', 'h3', 'h4'] }),
    BoldFeature(),
    ItalicFeature(),
    UnderlineFeature(),
    StrikethroughFeature(),
    SubscriptFeature(),
    SuperscriptFeature(),
    UnorderedListFeature(),
    OrderedListFeature(),
    IndentFeature(),
    BlockquoteFeature(),
    LinkFeature({ enabledCollections: [...publicCollections] }),
    UploadFeature({ enabledCollections: ['media'] }),
    EXPERIMENTAL_TableFeature(),
    HorizontalRuleFeature(),
    FixedToolbarFeature(),
    InlineToolbarFeature(),
  ],
})
