import { inviteModerator } from "../../../../utils/invite-moderator"

/** The operator invites a president or a moderator; the token is shown once. */
export const POST = inviteModerator
