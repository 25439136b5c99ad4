// The portability scenario with the OpenAPI Generator go client (see src/scenario.ts).
package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"

	cometchat "github.com/GIT_USER_ID/GIT_REPO_ID"
)

type settings struct {
	BaseURL     string   `json:"baseUrl"`
	APIKey      string   `json:"apiKey"`
	OnBehalfOf  string   `json:"onBehalfOf"`
	PerPage     int32    `json:"perPage"`
	Tagged      string   `json:"tagged"`
	Tags        []string `json:"tags"`
	UnknownUser string   `json:"unknownUser"`
}

type notFound struct {
	Error  string `json:"error"`
	Status int    `json:"status"`
	Code   string `json:"code"`
}

func check(err error) {
	if err != nil {
		fmt.Println(err)
		os.Exit(1)
	}
}

func conversationID(c cometchat.Conversation) string {
	if c.UserConversation != nil {
		return c.UserConversation.ConversationId
	}
	return c.GroupConversation.ConversationId
}

func main() {
	var s settings
	check(json.Unmarshal([]byte(os.Getenv("SCENARIO")), &s))
	config := cometchat.NewConfiguration()
	config.Servers = cometchat.ServerConfigurations{{URL: s.BaseURL}}
	api := cometchat.NewAPIClient(config).ConversationsAPI
	ctx := context.WithValue(context.Background(), cometchat.ContextAPIKeys, map[string]cometchat.APIKey{"apiKey": {Key: s.APIKey}})

	pages := [][]string{}
	for page := int32(1); ; page++ {
		list, _, err := api.ListConversations(ctx).OnBehalfOf(s.OnBehalfOf).PerPage(s.PerPage).Page(page).Execute()
		check(err)
		ids := []string{}
		for _, c := range list.Data {
			ids = append(ids, conversationID(c))
		}
		pages = append(pages, ids)
		if list.Meta.Pagination.CurrentPage >= list.Meta.Pagination.TotalPages {
			break
		}
	}

	updated, _, err := api.UpdateUserConversation(ctx, s.Tagged).OnBehalfOf(s.OnBehalfOf).UpdateConversationRequest(cometchat.UpdateConversationRequest{Tags: s.Tags}).Execute()
	check(err)
	// A user conversation's update answers a user conversation: `data` is one, or a one-element array.
	var one cometchat.UserConversation
	if updated.Data.ArrayOfUserConversation != nil {
		one = (*updated.Data.ArrayOfUserConversation)[0]
	} else {
		one = *updated.Data.UserConversation
	}
	tags := one.Tags
	if tags == nil {
		tags = []string{}
	}

	result := notFound{Error: "no error"}
	_, response, err := api.GetUserConversation(ctx, s.UnknownUser).OnBehalfOf(s.OnBehalfOf).Execute()
	var apiError *cometchat.GenericOpenAPIError
	if errors.As(err, &apiError) {
		result = notFound{Error: "GenericOpenAPIError", Status: response.StatusCode}
		if body, ok := apiError.Model().(cometchat.CometChatErrorBody); ok {
			result.Code = string(body.Error.Code)
		}
	}
	out, err := json.Marshal(map[string]any{"pages": pages, "tags": tags, "notFound": result})
	check(err)
	fmt.Println(string(out))
}
