// A singly linked list on the heap: each node is a struct that points to
// the next one (a struct may hold a pointer to its own type, C11 6.7.2.3).
// insert keeps the list sorted, so the numbers come out in order; every
// node is freed at the end.
#include <stdio.h>
#include <stdlib.h>

struct node {
  int value;
  struct node *next;
};

// Returns the new head: the list with value inserted before the first
// larger one.
struct node *insert(struct node *head, int value) {
  struct node *n = malloc(sizeof(struct node));
  if (n == NULL) {
    printf("out of memory\n");
    exit(1);
  }
  n->value = value;
  if (head == NULL || value < head->value) {
    n->next = head;
    return n;
  }
  struct node *at = head;
  while (at->next != NULL && at->next->value <= value)
    at = at->next;
  n->next = at->next;
  at->next = n;
  return head;
}

int main(void) {
  int numbers[] = {42, 7, 19, 3, 25, 7};
  struct node *head = NULL;
  for (int i = 0; i < 6; i++)
    head = insert(head, numbers[i]);
  int count = 0;
  for (struct node *n = head; n != NULL; n = n->next) {
    printf("%d ", n->value);
    count++;
  }
  printf("\n%d nodes\n", count);
  while (head != NULL) {
    struct node *next = head->next;
    free(head);
    head = next;
  }
  return 0;
}
