import type * as En from './appText'
import type { Localized } from './localized'

export const APP_TEXT: Localized<typeof En.APP_TEXT> = {
  'one-channel-enough':
    'zusätzlich zu Customer Service Enterprise, wenn ein Kanal (digital oder Telefonie) genügt oder beide zusammen weniger kosten als Premium',
  'environment-needs-enterprise':
    'wenn andere Personen in derselben Umgebung Enterprise brauchen: Professional- und Enterprise-Benutzer dürfen sich keine Umgebung teilen',
  'not-a-contractor':
    'wenn der Techniker nicht bei einem Dritten beschäftigt ist oder braucht, was die Contractor-Lizenz nicht enthält',
}
