import { answerLabel } from '../domain/answerText'
import { QUESTION_TEXT } from '../domain/questions'
import { ANSWER_IDS, type Deploy, type Product } from '../domain/types'
import { Radios } from '../ui/kit/Radios'
import { PAGE } from './content'
import type { CheckEvent } from './machine'

/** The product and deployment, asked with the questionnaire's own radios (contract §6). */
export function Setup(props: {
  product: Product | undefined
  deploy: Deploy | undefined
  send: (event: CheckEvent) => void
}) {
  const { send } = props
  return (
    <section aria-labelledby="check-setup" className="no-print space-y-4">
      <h2 id="check-setup" className="text-2xl font-bold text-brand-900">
        {PAGE.setupTitle}
      </h2>
      <Radios
        name="product"
        legend={QUESTION_TEXT.product.legend}
        values={ANSWER_IDS.product}
        value={props.product}
        label={(v) => answerLabel('product', v)}
        onChange={(product) => send({ type: 'product', product })}
      />
      <Radios
        name="deploy"
        legend={QUESTION_TEXT.deploy.legend}
        values={ANSWER_IDS.deploy}
        value={props.deploy}
        label={(v) => answerLabel('deploy', v)}
        onChange={(deploy) => send({ type: 'deploy', deploy })}
      />
    </section>
  )
}
