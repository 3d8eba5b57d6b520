export { AgentInvite } from "./agent-invite"
export { Commune, COMMUNE_STATUSES } from "./commune"
export { CommuneAgent } from "./commune-agent"
