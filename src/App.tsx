import { Advisor } from './ui/Advisor'
import { Shell } from './ui/Shell'

export function App() {
  return (
    <Shell>
      <div className="space-y-8">
        <section aria-labelledby="intro-title" className="space-y-3">
          <h1 id="intro-title" className="text-3xl font-bold tracking-tight text-brand-900 sm:text-4xl">
            Which Dynamics license does this person need?
          </h1>
          <p className="no-print max-w-prose text-lg leading-relaxed text-muted">
            Answer a few questions about one person who uses Microsoft Dynamics CRM or Dynamics 365. You get the license
            they need, the reasons with their sources, how sure the advice is, and a link to share.
          </p>
        </section>
        <Advisor />
      </div>
    </Shell>
  )
}
