/** A validation error on one input field, as the API reports it under BAD_USER_INPUT. */
export interface FieldError {
  readonly field: string;
  readonly message: string;
}
