// An expert's own interpretations by review state, with the editors' reason for any piece sent
// back, and a way to start a new one.
import { SiteLink } from '@/components/layout/SiteLink'
import type { Payload, TypedUser } from 'payload'

import { ownPieces } from '@/workflow/desk'
import { type Language } from '@/workflow/language'
import { reviewStates, stateRules } from '@/workflow/transitions'

import { DeskItems, DeskSection } from './DeskSection'
import { deskWords as words } from './deskWords'

type Props = { payload: Payload; user: TypedUser; language: Language }

export const ExpertDesk = async ({ payload, user, language }: Props) => {
  const pieces = await ownPieces({ payload, user })
  return (
    <div className="desk" id="expert-desk">
      <h2 className="desk__title">{words.expertHeading[language]}</h2>
      <p>
        <SiteLink
          className="btn btn--style-primary btn--size-medium"
          href="/admin/collections/interpretations/create"
        >
          {words.write[language]}
        </SiteLink>
      </p>
      <div className="desk__grid">
        {reviewStates.map((state) => {
          const inState = pieces.filter((piece) => piece.state === state)
          return (
            <DeskSection
              key={state}
              id={state}
              heading={stateRules[state].label[language]}
              count={inState.length}
            >
              <DeskItems
                items={inState.map((piece) => ({
                  ...piece,
                  extra: piece.note ? `${words.reason[language]}${piece.note}` : undefined,
                }))}
                none={words.none[language]}
              />
            </DeskSection>
          )
        })}
      </div>
    </div>
  )
}
