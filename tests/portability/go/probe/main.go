// The conversation union in the OpenAPI Generator go client: decoding picks the branch from
// conversationType, and each branch's ConversationWith has its own type (User or Group), which the
// compiler checks.
package main

import (
	"encoding/json"
	"fmt"
	"os"

	cometchat "github.com/GIT_USER_ID/GIT_REPO_ID"
)

func partner(c cometchat.Conversation) (string, error) {
	switch {
	case c.UserConversation != nil:
		var user cometchat.User = c.UserConversation.ConversationWith
		return user.Uid, nil
	case c.GroupConversation != nil:
		var group cometchat.Group = c.GroupConversation.ConversationWith
		return group.Guid, nil
	}
	return "", fmt.Errorf("neither branch")
}

func decode(text string) cometchat.Conversation {
	var c cometchat.Conversation
	if err := json.Unmarshal([]byte(text), &c); err != nil {
		fmt.Println("decode:", err)
		os.Exit(1)
	}
	return c
}

func main() {
	const base = `"unreadMessageCount": "0", "createdAt": 1630071782, "updatedAt": 1630481413`
	asUser := decode(`{"conversationId": "a_user_b", "conversationType": "user", ` + base + `, "conversationWith": {"uid": "b", "name": "B"}}`)
	asGroup := decode(`{"conversationId": "group_g", "conversationType": "group", ` + base + `, "conversationWith": {"guid": "g", "name": "G", "type": "public"}}`)
	if asUser.UserConversation == nil || asUser.GroupConversation != nil || asGroup.GroupConversation == nil || asGroup.UserConversation != nil {
		fmt.Println("the discriminator did not pick the branch")
		os.Exit(1)
	}
	u, errU := partner(asUser)
	g, errG := partner(asGroup)
	if errU != nil || errG != nil || u != "b" || g != "g" {
		fmt.Println("wrong partners:", u, g, errU, errG)
		os.Exit(1)
	}
	fmt.Println("union kept")
}
